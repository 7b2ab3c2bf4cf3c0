using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Orchestration;

/// <summary>What to run.</summary>
public sealed record SyncJobRequest
{
    /// <summary>The job id (for results and progress).</summary>
    public required string JobId { get; init; }

    /// <summary>The connection synced.</summary>
    public required string ConnectionId { get; init; }

    /// <summary>The provider id the connection belongs to (as registered with <c>AddSyncProvider</c>).</summary>
    public required string ProviderId { get; init; }

    /// <summary>Full, incremental or entity.</summary>
    public SyncJobType JobType { get; init; } = SyncJobType.Incremental;

    /// <summary>The entity types of an <see cref="SyncJobType.Entity"/> job; ignored otherwise.</summary>
    public IReadOnlyList<EntityType> EntityTypes { get; init; } = [];

    /// <summary>The connection's rules; an entity type without a rule uses <see cref="SyncRuleDefaults"/>.</summary>
    public IReadOnlyList<SyncRule> Rules { get; init; } = [];

    /// <summary>True: compute the plan, write nothing (no records, states, cursors, conflicts or results).</summary>
    public bool DryRun { get; init; }

    /// <summary>The rule of an entity type.</summary>
    public SyncRule RuleFor(EntityType entityType)
    {
        // A plain loop: this runs for every record of a job, and a lambda capturing the type allocates each time.
        for (var i = 0; i < Rules.Count; i++)
        {
            if (Rules[i].EntityType == entityType)
            {
                return Rules[i];
            }
        }

        return SyncRuleDefaults.For(entityType);
    }
}
