namespace SyncConsole.Sandbox;

/// <summary>One QuickBooks object of the emulator, as QuickBooks' own JSON.</summary>
public sealed class SandboxRecordRow
{
    public required string RealmId { get; init; }

    public required string Entity { get; init; }

    public required string Id { get; init; }

    public required string Json { get; set; }

    public DateTimeOffset LastUpdated { get; set; }

    public bool Deleted { get; set; }

    /// <summary>
    /// The object's <c>DisplayName</c> lower-cased (Customer, Vendor), indexed: QuickBooks keeps display names unique
    /// across those lists, and checking that on every write must not read the whole company.
    /// </summary>
    public string? DisplayNameKey { get; set; }

    /// <summary>The <see cref="DisplayNameKey"/> of an object's JSON: null when it has no display name.</summary>
    public static string? DisplayNameKeyOf(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
            && document.RootElement.TryGetProperty("DisplayName", out var name)
            && name.ValueKind == System.Text.Json.JsonValueKind.String
            ? KeyOf(name.GetString()!)
            : null;
    }

    /// <summary>The key a display name is looked up by.</summary>
    public static string KeyOf(string displayName) => displayName.Trim().ToLowerInvariant();
}
