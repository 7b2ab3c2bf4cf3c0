using SyncConsole.Tenancy;

namespace SyncConsole.Notifications;

/// <summary>
/// One change notification to the application (the outbox): written in the transaction of the inbound change it
/// announces, then posted by the delivery worker until the application accepts it or the retry schedule runs out.
/// </summary>
public sealed class NotificationDeliveryRow : ITenantOwned
{
    /// <summary>The event id (<c>SyncConsole-Event-Id</c>); the same on every attempt and replay.</summary>
    public required string Id { get; init; }

    public required Guid TenantId { get; init; }

    public required string ConnectionId { get; init; }

    public required string EntityType { get; init; }

    public required string RecordId { get; init; }

    /// <summary><c>created</c>, <c>updated</c> or <c>deleted</c>.</summary>
    public required string Operation { get; init; }

    public long Version { get; init; }

    /// <summary>The exact JSON body posted.</summary>
    public required string Payload { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary><c>pending</c>, <c>delivered</c> or <c>failed</c> (the schedule ran out).</summary>
    public required string Status { get; set; }

    /// <summary>Failed attempts since the last success or replay; picks the next delay of the retry schedule.</summary>
    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>A worker claimed it until then (several nodes share the outbox).</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset? LastAttemptAt { get; set; }

    public int? LastStatusCode { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public int Replays { get; set; }
}
