using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Schema;
using SyncConsole.Tenancy;

namespace SyncConsole.SyncJobs;

/// <summary>What a job decided for one record (shared/API.md per-record result).</summary>
public sealed class SyncJobResultRow : ITenantOwned
{
    public long Id { get; init; }

    public required Guid TenantId { get; init; }

    public required string JobId { get; init; }

    public required string EntityType { get; init; }

    public string? RecordId { get; init; }

    public string? ExternalId { get; init; }

    /// <summary><c>inbound</c> or <c>outbound</c>.</summary>
    public required string Direction { get; init; }

    /// <summary><c>created</c>, <c>updated</c>, <c>deleted</c>, <c>skipped</c>, <c>conflict</c>, <c>failed</c>.</summary>
    public required string Action { get; init; }

    public string? Message { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>The policy's choices, as JSON <see cref="PolicyChoice"/>s; null when it chose nothing.</summary>
    public string? Resolutions { get; init; }

    public static SyncJobResultRow From(Guid tenantId, string jobId, RecordResult result) => new()
    {
        TenantId = tenantId,
        JobId = jobId,
        EntityType = result.EntityType.ToWireName(),
        RecordId = result.RecordId,
        ExternalId = result.ExternalId,
        Direction = result.Direction.ToWireName(),
        Action = result.Action.ToWireName(),
        Message = result.Message,
        At = result.At,
        Resolutions = PolicyChoice.Write(result.Resolutions),
    };
}
