using SyncConsole.Tenancy;

namespace SyncConsole.SyncJobs;

/// <summary>One sync run of a connection, from request to outcome (shared/API.md sync job).</summary>
public sealed class SyncJobRow : ITenantOwned
{
    public required string Id { get; init; }

    public required Guid TenantId { get; init; }

    public required string ConnectionId { get; init; }

    public required string IntegrationId { get; init; }

    /// <summary><c>full</c>, <c>incremental</c> or <c>entity</c>.</summary>
    public required string JobType { get; init; }

    /// <summary>JSON array of entity wire names (entity jobs only).</summary>
    public required string EntityTypesJson { get; init; }

    public bool DryRun { get; init; }

    /// <summary><c>manual</c>, <c>schedule</c>, <c>push</c>, <c>webhook</c> or <c>reconcile</c>.</summary>
    public required string Trigger { get; init; }

    /// <summary><c>queued</c>, <c>running</c>, <c>succeeded</c>, <c>partially_succeeded</c>, <c>failed</c>, <c>cancelled</c>.</summary>
    public required string Status { get; set; }

    public double Progress { get; set; }

    /// <summary>JSON array of per-entity counts.</summary>
    public string EntitiesJson { get; set; } = "[]";

    /// <summary>Dry runs only: the plan as JSON.</summary>
    public string? PlanJson { get; set; }

    public string? Error { get; set; }

    public bool CancelRequested { get; set; }

    public required string RequestedBy { get; init; }

    public string? RetryOf { get; init; }

    public DateTimeOffset RequestedAt { get; init; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Moved on at every page; a running job with an old heartbeat lost its node.</summary>
    public DateTimeOffset? HeartbeatAt { get; set; }

    /// <summary>The scheduler node running it.</summary>
    public string? Node { get; set; }

    /// <summary>How many times it was started (recoveries after a node died count).</summary>
    public int Attempts { get; set; }

    /// <summary>Retries after transient failures (provider 5xx, 429, network) so far; 0 before the first.</summary>
    public int RetryAttempt { get; set; }

    /// <summary>When the next retry after a transient failure fires (the job waits queued until then).</summary>
    public DateTimeOffset? NextRetryAt { get; set; }
}
