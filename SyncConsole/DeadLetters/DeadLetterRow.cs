using SyncConsole.Tenancy;

namespace SyncConsole.DeadLetters;

/// <summary>
/// A record operation that kept failing (or failed for good), parked until someone replays it: the record is left out
/// of the unsettled retries of later jobs while its dead letter is open.
/// </summary>
public sealed class DeadLetterRow : ITenantOwned
{
    public required string Id { get; init; }

    public required Guid TenantId { get; init; }

    public required string ConnectionId { get; init; }

    public required string IntegrationId { get; init; }

    public required string EntityType { get; init; }

    /// <summary>The record's sync state (one per record and connection).</summary>
    public required string StateId { get; init; }

    public string? RecordId { get; set; }

    public string? ExternalId { get; set; }

    /// <summary><c>inbound</c> or <c>outbound</c>.</summary>
    public required string Direction { get; set; }

    /// <summary>What was attempted: <c>create</c>, <c>update</c> or <c>delete</c> of the record on the other side.</summary>
    public required string Operation { get; set; }

    /// <summary>Our canonical body of the record when it was dead-lettered (null when we do not hold it yet).</summary>
    public string? Payload { get; set; }

    public required string Error { get; set; }

    /// <summary>Consecutive failed jobs (1 for a permanent failure).</summary>
    public int Attempts { get; set; }

    /// <summary>True when the failure cannot clear up by retrying (dead-lettered at the first failure).</summary>
    public bool Permanent { get; set; }

    public DateTimeOffset FirstFailedAt { get; set; }

    public DateTimeOffset LastFailedAt { get; set; }

    /// <summary>The job whose failure dead-lettered it last.</summary>
    public required string LastJobId { get; set; }

    /// <summary><c>open</c>, <c>replayed</c> or <c>resolved</c>.</summary>
    public required string Status { get; set; }

    public DateTimeOffset? ReplayedAt { get; set; }

    public string? ReplayedBy { get; set; }

    public string? ReplayJobId { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }
}
