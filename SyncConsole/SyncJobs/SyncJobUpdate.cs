using SyncConsole.Core.Orchestration;

namespace SyncConsole.SyncJobs;

/// <summary>A live job event (hub messages JobProgress and JobFinished, and console pages).</summary>
public sealed record SyncJobUpdate(Guid TenantId, string JobId, string Status, double Progress, IReadOnlyList<EntityJobSummary> Entities, bool Finished);
