namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>Names and kinds of the emulated entity types.</summary>
internal static class SandboxEntities
{
    public static IReadOnlyList<SandboxEntity> All { get; } = Enum.GetValues<SandboxEntity>();

    /// <summary>The JSON and query name, e.g. <c>Invoice</c> (QuickBooks matches it case-sensitively in queries).</summary>
    public static string Name(SandboxEntity entity) => entity.ToString();

    /// <summary>Parses the lower-case URL segment (<c>invoice</c>) of a create, update or read.</summary>
    public static bool TryParsePath(string segment, out SandboxEntity entity)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Name(candidate), segment, StringComparison.OrdinalIgnoreCase))
            {
                entity = candidate;
                return true;
            }
        }

        entity = default;
        return false;
    }

    /// <summary>Parses an entity name as QuickBooks does in queries and CDC: exact case.</summary>
    public static bool TryParseName(string name, out SandboxEntity entity)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Name(candidate), name, StringComparison.Ordinal))
            {
                entity = candidate;
                return true;
            }
        }

        entity = default;
        return false;
    }

    /// <summary>Name lists cannot be deleted, only made inactive; transactions are hard-deleted.</summary>
    public static bool IsNameList(SandboxEntity entity) => entity switch
    {
        SandboxEntity.Vendor or SandboxEntity.Customer or SandboxEntity.Account or SandboxEntity.Item => true,
        SandboxEntity.Bill or SandboxEntity.Invoice or SandboxEntity.Payment => false,
    };
}
