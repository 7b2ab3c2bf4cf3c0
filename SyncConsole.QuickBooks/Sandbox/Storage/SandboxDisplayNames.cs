using System.Text.Json;

namespace SyncConsole.QuickBooks.Sandbox.Storage;

/// <summary>
/// The key a stored object is found by its <c>DisplayName</c> (Customer, Vendor): trimmed and lower-cased, as QuickBooks
/// keeps display names unique across those lists without regard to case. A store may index it.
/// </summary>
public static class SandboxDisplayNames
{
    /// <summary>The key of a display name.</summary>
    public static string KeyOf(string displayName)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        return displayName.Trim().ToLowerInvariant();
    }

    /// <summary>The key of a stored object's JSON; null when it has no display name.</summary>
    public static string? KeyOfJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        return KeyOfObject(document.RootElement);
    }

    /// <summary>The key of a stored object, parsed; null when it has no display name.</summary>
    public static string? KeyOfObject(JsonElement obj) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty("DisplayName", out var name) && name.ValueKind == JsonValueKind.String
            ? KeyOf(name.GetString()!)
            : null;
}
