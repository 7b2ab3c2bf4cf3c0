using SyncConsole.Tenancy;

namespace SyncConsole.Records;

/// <summary>One write to a record, in order: the application's change feed and the outbound sync cursor.</summary>
public sealed class RecordChangeRow : ITenantOwned
{
    /// <summary>Position in the tenant's change log (see <see cref="RecordSequenceRow"/>).</summary>
    public long Seq { get; init; }

    public required Guid TenantId { get; init; }

    public required string EntityType { get; init; }

    public required string RecordId { get; init; }

    public required RecordOperation Operation { get; init; }

    public long Version { get; init; }

    public DateTimeOffset ChangedAt { get; init; }

    /// <summary>Who wrote it: a user's subject or <c>job:{id}</c>, so the app can tell inbound syncs from its own writes.</summary>
    public required string Actor { get; init; }
}
