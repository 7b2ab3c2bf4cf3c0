using System.Diagnostics.CodeAnalysis;

namespace SyncConsole.Core.Schema;

/// <summary>Wire names and classification of <see cref="EntityType"/>.</summary>
public static class EntityTypes
{
    /// <summary>Every entity type, in declaration order.</summary>
    public static IReadOnlyList<EntityType> All { get; } = Enum.GetValues<EntityType>();

    /// <summary>The lower-case wire name used in API.md (<c>vendor</c>, <c>invoice</c>…).</summary>
    public static string ToWireName(this EntityType entityType) => entityType switch
    {
        EntityType.Account => "account",
        EntityType.Item => "item",
        EntityType.Customer => "customer",
        EntityType.Vendor => "vendor",
        EntityType.Invoice => "invoice",
        EntityType.Bill => "bill",
        EntityType.Payment => "payment",
    };

    /// <summary>Parses a wire name exactly (lower case); returns false for anything else.</summary>
    public static bool TryParse(string? wireName, [NotNullWhen(true)] out EntityType? entityType)
    {
        entityType = All.Where(e => string.Equals(e.ToWireName(), wireName, StringComparison.Ordinal))
            .Select(e => (EntityType?)e)
            .FirstOrDefault();
        return entityType is not null;
    }

    /// <summary>
    /// True for name-list entities (account, item, customer, vendor): they are never deleted, only inactivated
    /// (<c>active = false</c>); false for transactions (invoice, bill, payment), which are deleted.
    /// </summary>
    public static bool IsNameList(this EntityType entityType) => entityType switch
    {
        EntityType.Account or EntityType.Item or EntityType.Customer or EntityType.Vendor => true,
        EntityType.Invoice or EntityType.Bill or EntityType.Payment => false,
    };
}
