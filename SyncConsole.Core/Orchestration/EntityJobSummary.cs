using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Orchestration;

/// <summary>Per-entity counters of a job (API.md job <c>entities</c>).</summary>
public sealed record EntityJobSummary(
    EntityType EntityType,
    SyncDirection Direction,
    int Fetched,
    int Created,
    int Updated,
    int Deleted,
    int Skipped,
    int Conflicts,
    int Failed)
{
    /// <summary>An empty summary.</summary>
    public static EntityJobSummary Empty(EntityType entityType, SyncDirection direction) =>
        new(entityType, direction, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>The summary with <paramref name="count"/> more records fetched.</summary>
    public EntityJobSummary AddFetched(int count) => this with { Fetched = Fetched + count };

    /// <summary>The summary counting one more result.</summary>
    public EntityJobSummary Add(ResultAction action) => action switch
    {
        ResultAction.Created => this with { Created = Created + 1 },
        ResultAction.Updated => this with { Updated = Updated + 1 },
        ResultAction.Deleted => this with { Deleted = Deleted + 1 },
        ResultAction.Skipped => this with { Skipped = Skipped + 1 },
        ResultAction.Conflict => this with { Conflicts = Conflicts + 1 },
        ResultAction.Failed => this with { Failed = Failed + 1 },
    };
}
