using Microsoft.Extensions.Options;
using SyncConsole.Core.Matching;
using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;

namespace SyncConsole.Tests.Core.Fakes;

/// <summary>Both sides, the stores and an orchestrator wired together in memory.</summary>
internal sealed class SyncHarness
{
    public const string ConnectionId = "conn-1";
    private int _jobs;

    public SyncHarness(SyncMarker? marker = null)
    {
        Ours = new InMemoryRecordStore(Clock);
        Theirs = new FakeAdapter(Clock, Crash);
        States = new InMemorySyncStateStore(Ours, Crash, Progress);
        var registry = new FakeProviderRegistry(Theirs, Strategy);
        var matching = Options.Create(Matching);
        Orchestrator = marker is null
            ? new SyncOrchestrator(registry, Ours, States, Conflicts, Progress, Clock, matching)
            : new SyncOrchestrator(registry, Ours, States, Conflicts, Progress, Clock, matching, marker);
    }

    public ManualClock Clock { get; } = new();

    public CrashSwitch Crash { get; } = new();

    public InMemoryRecordStore Ours { get; }

    public FakeAdapter Theirs { get; }

    public InMemorySyncStateStore States { get; }

    public InMemoryConflictStore Conflicts { get; } = new();

    public RecordingProgressSink Progress { get; } = new();

    public FakeStrategy Strategy { get; } = new();

    public MatchingOptions Matching { get; } = new();

    public List<SyncRule> Rules { get; } = [];

    public SyncOrchestrator Orchestrator { get; }

    public SyncHarness WithRule(SyncRule rule)
    {
        Rules.RemoveAll(r => r.EntityType == rule.EntityType);
        Rules.Add(rule);
        return this;
    }

    public Task<SyncJobOutcome> SyncAsync(
        SyncJobType jobType = SyncJobType.Incremental, bool dryRun = false, params EntityType[] entityTypes) =>
        Orchestrator.RunAsync(new SyncJobRequest
        {
            JobId = $"job-{++_jobs}",
            ConnectionId = ConnectionId,
            ProviderId = FakeProviderRegistry.ProviderId,
            JobType = jobType,
            EntityTypes = entityTypes,
            Rules = Rules,
            DryRun = dryRun,
        }, CancellationToken.None);

    /// <summary>The sync state of one of our records.</summary>
    public SyncState? StateOf(EntityType entityType, string internalId) =>
        States.States.SingleOrDefault(s => s.EntityType == entityType && s.InternalId == internalId);
}
