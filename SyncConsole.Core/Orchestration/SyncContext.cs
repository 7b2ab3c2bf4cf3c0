using SyncConsole.Core.Matching;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;

namespace SyncConsole.Core.Orchestration;

/// <summary>The state of one running job shared by its record decisions.</summary>
internal sealed class SyncContext
{
    private readonly Dictionary<EntityType, EntityJobSummary> _summaries = [];
    private readonly BatchingStateStore _states;

    public SyncContext(
        SyncJobRequest request, SyncProvider provider, IInternalRecordStore records, ISyncStateStore states, IConflictStore conflicts,
        TimeProvider clock, MatchingOptions matching, SyncMarker marker)
    {
        Request = request;
        Provider = provider;
        Clock = clock;
        Matching = matching;
        Marker = marker;
        Batch = new PageBatch(states, request.ConnectionId, clock, Report);
        _states = new BatchingStateStore(states, Batch);
        Records = new BatchingRecordStore(records, Batch);
        Conflicts = new BatchingConflictStore(conflicts, Batch);
    }

    public SyncJobRequest Request { get; }

    public SyncProvider Provider { get; }

    /// <summary>The page's held commits and page-wide reads; the stores below go through it.</summary>
    public PageBatch Batch { get; }

    public IInternalRecordStore Records { get; }

    public ISyncStateStore States => _states;

    public IConflictStore Conflicts { get; }

    public TimeProvider Clock { get; }

    public MatchingOptions Matching { get; }

    public SyncMarker Marker { get; }

    public string ConnectionId => Request.ConnectionId;

    public bool DryRun => Request.DryRun;

    /// <summary>Results not stored with a commit and not yet handed to the progress sink (the current page's).</summary>
    public List<RecordResult> PendingResults { get; } = [];

    /// <summary>Every result of a dry run.</summary>
    public List<RecordResult> Plan { get; } = [];

    /// <summary>
    /// Records (by state id) this job has already raised a conflict for. A record changed on both sides is met more
    /// than once in a job (our feed, the provider's feed, a webhook), and it is one conflict, not one per meeting.
    /// </summary>
    public HashSet<string> ConflictsRaised { get; } = new(StringComparer.Ordinal);

    /// <summary>A reconcile job: decisions by field-level diff, not by version counters.</summary>
    public bool Reconciling => Request.JobType == SyncJobType.Reconcile;

    /// <summary>Records (by state id) a reconcile job has already compared, so the outbound pass skips them.</summary>
    public HashSet<string> Compared { get; } = new(StringComparer.Ordinal);

    /// <summary>Completed fraction of the job, 0..1.</summary>
    public double Progress { get; set; }

    /// <summary>True when any record failed.</summary>
    public bool AnyFailed { get; private set; }

    public IReadOnlyList<EntityJobSummary> Summaries => _summaries.Values.ToList();

    /// <summary>
    /// The effective rule: the connection's rule, disabled when the provider does not support the entity type, so an
    /// unsupported entity is treated exactly like a disabled one (never read nor written).
    /// </summary>
    public SyncRule RuleFor(EntityType entityType)
    {
        var rule = Request.RuleFor(entityType);
        return Provider.Strategy.EntityOrder.Contains(entityType) ? rule : rule with { Enabled = false };
    }

    public EntityCapabilities CapabilitiesOf(EntityType entityType) => Provider.Strategy.CapabilitiesOf(entityType);

    public void Count(EntityType entityType, int fetched) => _summaries[entityType] = SummaryOf(entityType).AddFetched(fetched);

    /// <summary>
    /// Commits a decision's local effects together with its results, or holds both for the page's batch when
    /// <paramref name="mayWait"/>. A dry run commits nothing and only records the results.
    /// </summary>
    public async Task CommitAsync(SyncCommit commit, IReadOnlyList<RecordResult> results, bool mayWait, CancellationToken cancellationToken)
    {
        if (DryRun)
        {
            foreach (var result in results)
            {
                Record(result);
            }

            return;
        }

        if (!await _states.CommitOrHoldAsync(commit with { JobId = Request.JobId, Results = results }, mayWait, cancellationToken))
        {
            foreach (var result in results)
            {
                Report(result, stored: true);
            }
        }
    }

    /// <summary>
    /// Records the result of a decision that commits nothing of its own. A record whose commit is held gets it stored
    /// with that commit; any other goes to the progress sink with the page.
    /// </summary>
    public void Record(RecordResult result)
    {
        if (!Batch.TryDefer(result))
        {
            Report(result, stored: false);
        }
    }

    /// <summary>Counts a result; one not stored with a commit waits in <see cref="PendingResults"/> for the sink.</summary>
    private void Report(RecordResult result, bool stored)
    {
        _summaries[result.EntityType] = SummaryOf(result.EntityType).Add(result.Action);
        AnyFailed |= result.Action == ResultAction.Failed;
        if (!stored)
        {
            PendingResults.Add(result);
        }

        if (DryRun)
        {
            Plan.Add(result);
        }
    }

    public EntityJobSummary SummaryOf(EntityType entityType) =>
        _summaries.GetValueOrDefault(entityType) ?? EntityJobSummary.Empty(entityType, RuleFor(entityType).Direction);
}
