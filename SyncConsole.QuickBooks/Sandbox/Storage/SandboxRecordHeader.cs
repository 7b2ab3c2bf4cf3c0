using System.Text.Json;

namespace SyncConsole.QuickBooks.Sandbox.Storage;

/// <summary>
/// What queries filter and sort a stored object on most, without its JSON: its id, last write time, deleted flag and
/// <c>Active</c> flag. A full read of a large company (<c>WHERE Active IN (true, false) ORDERBY Id</c>) looks at every
/// object of the type before its first page; a store that keeps these in columns answers it without reading, let alone
/// parsing, every object's JSON.
/// </summary>
/// <param name="Id">The QuickBooks id.</param>
/// <param name="LastUpdated">Precise time of the last write.</param>
/// <param name="Deleted">Whether the object is a tombstone.</param>
/// <param name="Active">The object's <c>Active</c> flag; null when it has none (transactions).</param>
public sealed record SandboxRecordHeader(string Id, DateTimeOffset LastUpdated, bool Deleted, bool? Active)
{
    /// <summary>The header of a stored object.</summary>
    public static SandboxRecordHeader Of(SandboxRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var document = JsonDocument.Parse(record.Json);
        return new(record.Id, record.LastUpdated, record.Deleted, ActiveOf(document.RootElement));
    }

    /// <summary>
    /// The <c>Active</c> flag of a stored object as a query reads it (property names without regard to case): a flag,
    /// or its text; null when the object has none, or its text is not a flag.
    /// </summary>
    public static bool? ActiveOf(JsonElement obj)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var active = obj.EnumerateObject().FirstOrDefault(p => p.Name.Equals("Active", StringComparison.OrdinalIgnoreCase)).Value;
        return active.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(active.GetString(), out var flag) => flag,
            _ => null,
        };
    }
}
