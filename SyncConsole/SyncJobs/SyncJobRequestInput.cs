using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Schema;

namespace SyncConsole.SyncJobs;

/// <summary>A validated request for a sync run of one connection.</summary>
public sealed record SyncJobRequestInput(
    Guid TenantId,
    string ConnectionId,
    string IntegrationId,
    SyncJobType JobType,
    IReadOnlyList<EntityType> EntityTypes,
    bool DryRun,
    string Trigger,
    string RequestedBy,
    string? RetryOf = null);
