using SyncConsole.Tenancy;

namespace SyncConsole.Records;

/// <summary>
/// A canonical record of the application's side ("our system"). <see cref="Version"/> is the record's
/// internal_version: every write moves it on by one, and optimistic concurrency compares it.
/// </summary>
public sealed class RecordRow : ITenantOwned
{
    public required Guid TenantId { get; init; }

    /// <summary>Wire name: <c>customer</c>, <c>invoice</c>…</summary>
    public required string EntityType { get; init; }

    public required string Id { get; init; }

    public long Version { get; set; }

    public int SchemaVersion { get; set; }

    /// <summary>The canonical JSON body as the API shows it (snake_case fields, id and schema_version).</summary>
    public required string Body { get; set; }

    public DateTimeOffset ModifiedAt { get; set; }

    /// <summary>Deleted records stay as tombstones so the deletion can sync and the change feed can say so.</summary>
    public bool Deleted { get; set; }

    /// <summary>The change-log position of the latest write: the cursor that outbound syncs read from.</summary>
    public long ChangeSeq { get; set; }
}
