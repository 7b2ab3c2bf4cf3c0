using SyncConsole.Tenancy;

namespace SyncConsole.Audit;

/// <summary>
/// One change to a record, rule, connection or conflict, by a person or a job. Written in the same transaction as
/// the change it describes, so the trail can never disagree with the data.
/// </summary>
public sealed class AuditEntry : ITenantOwned
{
    public long Id { get; init; }

    public required Guid TenantId { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>A user's subject, or <c>job:{id}</c> for a sync job.</summary>
    public required string Actor { get; init; }

    /// <summary>What happened, as <c>area.verb</c>: <c>record.updated</c>, <c>conflict.resolved</c>…</summary>
    public required string Action { get; init; }

    public string? EntityType { get; init; }

    public string? RecordId { get; init; }

    /// <summary>JSON of the state before, or null for a creation.</summary>
    public string? Before { get; init; }

    /// <summary>JSON of the state after, or null for a deletion.</summary>
    public string? After { get; init; }

    /// <summary>Ties together everything one request or job did.</summary>
    public string? CorrelationId { get; init; }
}
