using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;

namespace SyncConsole.Core.Orchestration;

/// <summary>
/// The local commits of one page, held back and committed together (one transaction instead of one per record), and
/// the page's sync states read in one go. A decision that needs the database to be current first (a provider write's
/// write-ahead intent, a failure or conflict, a dependency or lookup touching a held record) flushes what is held, so
/// each record still sees exactly what it would see record by record; provider writes stay write-ahead per record.
/// Results of held decisions commit with them and are reported only once their commit is in (reported as stored); a
/// refused commit reports a failure instead. A crash loses at most the held commits of the current page, results
/// included, whose cursor is not stored yet: they are redone.
/// <para>
/// A page's commit runs in the background while the next page is read and decided (the database's work overlaps
/// ours), one page commit at a time. Until it is settled, its records count as held: touching one of them, and
/// anything that needs the database current, waits for it first, so no decision ever reads around it. Its results are
/// reported, and its refusals handled, when it is settled, on the job's own flow.
/// </para>
/// </summary>
internal sealed class PageBatch(ISyncStateStore store, string connectionId, TimeProvider clock, Action<RecordResult, bool> report)
{
    private readonly List<Held> _held = [];
    private readonly Dictionary<RecordKey, Held> _byRecord = [];
    private readonly Dictionary<RecordKey, SyncState?> _prefetched = [];
    private readonly HashSet<EntityType> _allLinked = [];
    private readonly HashSet<RecordKey> _committingKeys = [];
    private List<Held> _committingBatch = [];
    private Task<IReadOnlySet<int>>? _committing;

    /// <summary>True while a page is processed: commits may be held.</summary>
    public bool Active { get; private set; }

    /// <summary>Starts a page: its states are read in one go, and whether matching can find anything on our side.</summary>
    public async Task BeginAsync(
        EntityType entityType, IReadOnlyCollection<string> externalIds, IReadOnlyCollection<string> internalIds, CancellationToken cancellationToken)
    {
        _prefetched.Clear();
        if (externalIds.Any(id => _committingKeys.Contains(Key(entityType, 'e', id)))
            || internalIds.Any(id => _committingKeys.Contains(Key(entityType, 'i', id))))
        {
            // The page meets a record the previous page is still committing: read it as committed.
            await SettleAsync(cancellationToken);
        }

        if (externalIds.Count > 0)
        {
            var found = await store.FindByExternalIdsAsync(connectionId, entityType, externalIds, cancellationToken);
            foreach (var id in externalIds)
            {
                _prefetched[Key(entityType, 'e', id)] = found.GetValueOrDefault(id);
            }

            if (await store.HasUnlinkedInternalRecordsAsync(connectionId, entityType, cancellationToken))
            {
                _allLinked.Remove(entityType);
            }
            else
            {
                _allLinked.Add(entityType);
            }
        }

        if (internalIds.Count > 0)
        {
            var found = await store.FindByInternalIdsAsync(connectionId, entityType, internalIds, cancellationToken);
            foreach (var id in internalIds)
            {
                _prefetched[Key(entityType, 'i', id)] = found.GetValueOrDefault(id);
            }
        }

        Active = true;
    }

    /// <summary>
    /// Ends the page: the previous page's commit is settled, and what this page holds starts committing in the
    /// background (settled by the next page's end, by anything touching its records, or by <see cref="SettleAsync"/>).
    /// </summary>
    public async Task EndAsync(CancellationToken cancellationToken)
    {
        // Turned into rows now, while the page before may still be committing: only the database work waits for it.
        var next = PrepareHeld();
        await SettleAsync(cancellationToken);
        StartCommit(next);
        Active = false;
        _prefetched.Clear();
        _allLinked.Clear();
    }

    /// <summary>
    /// Drops what is held without committing it (the job failed: as after a crash, the page is redone). A commit already
    /// in flight is let finish and, if it went through, its results are counted.
    /// </summary>
    public async Task AbandonAsync()
    {
        try
        {
            await SettleAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The job is failing already (often because the database went away); a commit that failed too changes nothing.
        }

        _held.Clear();
        _byRecord.Clear();
        _prefetched.Clear();
        _allLinked.Clear();
        Active = false;
    }

    /// <summary>True when, at the page's start, every live record of ours of the type was linked (matching finds nothing).</summary>
    public bool AllOursLinked(EntityType entityType) => Active && _allLinked.Contains(entityType);

    /// <summary>A state read with the page, handed out once (later reads go to the store, which is then current).</summary>
    public bool TryTakePrefetched(EntityType entityType, char side, string id, out SyncState? state) =>
        _prefetched.Remove(Key(entityType, side, id), out state);

    /// <summary>Forgets the page's reads (a commit retired other states).</summary>
    public void InvalidatePrefetched() => _prefetched.Clear();

    /// <summary>True when the record has a commit held, or in a commit not settled yet.</summary>
    public bool Holds(EntityType entityType, char side, string id) =>
        _byRecord.ContainsKey(Key(entityType, side, id)) || _committingKeys.Contains(Key(entityType, side, id));

    public void Hold(SyncCommit commit)
    {
        var held = new Held(commit, [.. commit.Results]);
        _held.Add(held);
        var state = commit.State;
        if (state.InternalId is not null)
        {
            _byRecord[Key(state.EntityType, 'i', state.InternalId)] = held;
        }

        if (state.ExternalId is not null)
        {
            _byRecord[Key(state.EntityType, 'e', state.ExternalId)] = held;
        }
    }

    /// <summary>Adds a result to the held commit of its record, to commit with it; false when its record has nothing held.</summary>
    public bool TryDefer(RecordResult result)
    {
        var held = (result.RecordId is null ? null : _byRecord.GetValueOrDefault(Key(result.EntityType, 'i', result.RecordId)))
            ?? (result.ExternalId is null ? null : _byRecord.GetValueOrDefault(Key(result.EntityType, 'e', result.ExternalId)));
        held?.Results.Add(result);
        return held is not null;
    }

    /// <summary>Commits everything held now, after the commit in flight (if any).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await SettleAsync(cancellationToken);
        StartCommit(PrepareHeld());
        await SettleAsync(cancellationToken);
    }

    /// <summary>Waits for the commit in flight, then reports its results and handles its refusals.</summary>
    public async Task SettleAsync(CancellationToken cancellationToken)
    {
        if (_committing is not { } committing)
        {
            return;
        }

        var batch = _committingBatch;
        IReadOnlySet<int> refused;
        try
        {
            refused = await committing;
        }
        finally
        {
            _committing = null;
            _committingBatch = [];
            _committingKeys.Clear();
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (!refused.Contains(i))
            {
                batch[i].Results.ForEach(r => report(r, true));
                continue;
            }

            // As a record-level failure of the record-by-record path: the stored state is marked failed and retried.
            var state = batch[i].Commit.State;
            var message = $"{state.EntityType.ToWireName()} {state.InternalId} changed during the sync; it will be merged on the next pass.";
            var stored = (state.InternalId is { } internalId
                    ? await store.FindByInternalIdAsync(connectionId, state.EntityType, internalId, cancellationToken)
                    : null)
                ?? SyncState.New(connectionId, state.EntityType, state.InternalId, state.ExternalId);
            await store.SaveAsync(stored with { Status = RecordSyncStatus.Failed, Message = message }, cancellationToken);
            var direction = batch[i].Results.FirstOrDefault()?.Direction ?? ChangeDirection.Inbound;
            report(new RecordResult(state.EntityType, state.InternalId, state.ExternalId, direction, ResultAction.Failed, message,
                clock.GetUtcNow(), []), false);
        }
    }

    // What is held, prepared by the store for one commit; null when nothing is held.
    private (List<Held> Batch, PreparedCommits Commits)? PrepareHeld() =>
        _held.Count == 0 ? null : ([.. _held], store.PrepareBatch([.. _held.Select(h => h.Commit with { Results = h.Results })]));

    // Sends what is held (prepared by PrepareHeld, nothing held since) to the store as one commit. Not cancellable: a
    // page's transaction is short, and a cancelled job stops after it rather than in it.
    private void StartCommit((List<Held> Batch, PreparedCommits Commits)? prepared)
    {
        if (prepared is not { } next)
        {
            return;
        }

        _committingBatch = next.Batch;
        _committingKeys.UnionWith(_byRecord.Keys);
        _held.Clear();
        _byRecord.Clear();
        _committing = store.CommitBatchAsync(next.Commits, CancellationToken.None);
    }

    private static RecordKey Key(EntityType entityType, char side, string id) => new(entityType, side, id);

    /// <summary>A record by one of its ids: <c>i</c> ours, <c>e</c> the provider's.</summary>
    private readonly record struct RecordKey(EntityType EntityType, char Side, string Id);

    private sealed record Held(SyncCommit Commit, List<RecordResult> Results);
}
