using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;

namespace SyncConsole.Tests.Core.Fakes;

/// <summary>
/// The in-memory stores with page commits that take as long as the test says: each batch commit waits at its own gate
/// (opened by the test, or failed) before it lands, like a database transaction in flight. Every store call is logged
/// in order and runs under one lock, since the job's flow goes on while a commit waits.
/// </summary>
internal sealed class GatedCommitStores(InMemorySyncStateStore states, InMemoryRecordStore records, RecordingProgressSink progress)
{
    private readonly InMemorySyncStateStore _states = states;
    private readonly InMemoryRecordStore _records = records;
    private readonly RecordingProgressSink _progress = progress;
    private readonly Lock _lock = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource> _gates = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _seen = new(StringComparer.Ordinal);
    private int _commits;

    /// <summary>Store calls in order: <c>find e:1,2</c>, <c>commit 1 start</c>, <c>commit 1 end</c>, <c>cursor 4</c>.</summary>
    public ConcurrentQueue<string> Log { get; } = new();

    public bool OpenAll { get; set; }

    public ISyncStateStore States => new StateStore(this);

    public IInternalRecordStore Records => new RecordStore(this);

    public IJobProgressSink Progress => new ProgressSink(this);

    public TaskCompletionSource Gate(int commit) => _gates.GetOrAdd(commit, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));

    /// <summary>Completes once the store has logged <paramref name="entry"/>.</summary>
    public Task Seen(string entry) => _seen.GetOrAdd(entry, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    private void Write(string entry)
    {
        Log.Enqueue(entry);
        _seen.GetOrAdd(entry, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    private void Note(string entry)
    {
        lock (_lock)
        {
            Write(entry);
        }
    }

    private T Locked<T>(string? entry, Func<T> call)
    {
        lock (_lock)
        {
            if (entry is not null)
            {
                Write(entry);
            }

            return call();
        }
    }

    private sealed class StateStore(GatedCommitStores gated) : ISyncStateStore
    {
        private ISyncStateStore Inner => gated._states;

        public Task<SyncState?> FindByInternalIdAsync(string connectionId, EntityType entityType, string internalId, CancellationToken cancellationToken) =>
            gated.Locked(null, () => Inner.FindByInternalIdAsync(connectionId, entityType, internalId, cancellationToken));

        public Task<SyncState?> FindByExternalIdAsync(string connectionId, EntityType entityType, string externalId, CancellationToken cancellationToken) =>
            gated.Locked(null, () => Inner.FindByExternalIdAsync(connectionId, entityType, externalId, cancellationToken));

        public Task<IReadOnlyDictionary<string, SyncState>> FindByExternalIdsAsync(
            string connectionId, EntityType entityType, IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken) =>
            gated.Locked($"find e:{string.Join(',', externalIds)}", () => Inner.FindByExternalIdsAsync(connectionId, entityType, externalIds, cancellationToken));

        public async IAsyncEnumerable<SyncState> ListUnsettledAsync(
            string connectionId, EntityType entityType, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var unsettled = await gated.Locked(null, () => Inner.ListUnsettledAsync(connectionId, entityType, cancellationToken).ToListAsync(cancellationToken).AsTask());
            foreach (var state in unsettled)
            {
                yield return state;
            }
        }

        public Task SaveAsync(SyncState state, CancellationToken cancellationToken) =>
            gated.Locked("save", () => Inner.SaveAsync(state, cancellationToken));

        public Task CommitAsync(SyncCommit commit, CancellationToken cancellationToken) =>
            gated.Locked("commit one", () => Inner.CommitAsync(commit, cancellationToken));

        public PreparedCommits PrepareBatch(IReadOnlyList<SyncCommit> commits)
        {
            gated.Note($"prepare {string.Join(',', commits.Select(c => c.State.ExternalId))}");
            return new(commits);
        }

        public async Task<IReadOnlySet<int>> CommitBatchAsync(IReadOnlyList<SyncCommit> commits, CancellationToken cancellationToken)
        {
            var number = Interlocked.Increment(ref gated._commits);
            gated.Note($"commit {number} start");
            if (!gated.OpenAll)
            {
                await gated.Gate(number).Task;
            }

            var refused = await gated.Locked(null, () => Inner.CommitBatchAsync(commits, cancellationToken));
            gated.Note($"commit {number} end");
            return refused;
        }

        public Task<string?> GetCursorAsync(string connectionId, EntityType entityType, CursorSide side, CancellationToken cancellationToken) =>
            gated.Locked(null, () => Inner.GetCursorAsync(connectionId, entityType, side, cancellationToken));

        public Task SaveCursorAsync(string connectionId, EntityType entityType, CursorSide side, string cursor, CancellationToken cancellationToken) =>
            gated.Locked($"cursor {cursor}", () => Inner.SaveCursorAsync(connectionId, entityType, side, cursor, cancellationToken));
    }

    private sealed class RecordStore(GatedCommitStores gated) : IInternalRecordStore
    {
        public async IAsyncEnumerable<InternalPage> ReadPagesAsync(
            EntityType entityType, string? cursor, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var pages = await gated.Locked(null, () => gated._records.ReadPagesAsync(entityType, cursor, cancellationToken).ToListAsync(cancellationToken).AsTask());
            foreach (var page in pages)
            {
                yield return page;
            }
        }

        public Task<InternalRecord?> GetAsync(EntityType entityType, string id, CancellationToken cancellationToken) =>
            gated.Locked(null, () => gated._records.GetAsync(entityType, id, cancellationToken));

        public async IAsyncEnumerable<InternalRecord> FindAsync(MatchCriteria criteria, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var found = await gated.Locked(null, () => gated._records.FindAsync(criteria, cancellationToken).ToListAsync(cancellationToken).AsTask());
            foreach (var record in found)
            {
                yield return record;
            }
        }
    }

    private sealed class ProgressSink(GatedCommitStores gated) : IJobProgressSink
    {
        public Task ReportAsync(JobProgress progress, CancellationToken cancellationToken) =>
            gated.Locked(null, () => gated._progress.ReportAsync(progress, cancellationToken));

        public Task RecordResultsAsync(string jobId, IReadOnlyList<RecordResult> results, CancellationToken cancellationToken) =>
            gated.Locked(null, () => gated._progress.RecordResultsAsync(jobId, results, cancellationToken));
    }
}
