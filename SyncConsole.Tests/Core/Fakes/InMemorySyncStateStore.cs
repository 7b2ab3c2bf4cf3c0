using System.Runtime.CompilerServices;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;

namespace SyncConsole.Tests.Core.Fakes;

/// <summary>
/// Sync state in memory; a commit applies the record write, the state and the decision's results (to the job's sink)
/// together, as one transaction would.
/// </summary>
internal sealed class InMemorySyncStateStore(InMemoryRecordStore records, CrashSwitch crash, RecordingProgressSink results) : ISyncStateStore
{
    private readonly Dictionary<string, SyncState> _states = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, EntityType, CursorSide), string> _cursors = [];

    public IReadOnlyCollection<SyncState> States => _states.Values;

    public string? CursorOf(string connectionId, EntityType entityType, CursorSide side) =>
        _cursors.GetValueOrDefault((connectionId, entityType, side));

    public Task<SyncState?> FindByInternalIdAsync(
        string connectionId, EntityType entityType, string internalId, CancellationToken cancellationToken) =>
        Task.FromResult(_states.Values.FirstOrDefault(s =>
            s.ConnectionId == connectionId && s.EntityType == entityType && s.InternalId == internalId));

    public Task<SyncState?> FindByExternalIdAsync(
        string connectionId, EntityType entityType, string externalId, CancellationToken cancellationToken) =>
        Task.FromResult(_states.Values.FirstOrDefault(s =>
            s.ConnectionId == connectionId && s.EntityType == entityType && s.ExternalId == externalId));

    public async IAsyncEnumerable<SyncState> ListUnsettledAsync(
        string connectionId, EntityType entityType, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var unsettled = _states.Values.Where(s => s.ConnectionId == connectionId && s.EntityType == entityType
            && (s.Status is RecordSyncStatus.Failed or RecordSyncStatus.Conflict || s.PendingWrite is not null)).ToList();
        foreach (var state in unsettled)
        {
            await Task.Yield();
            yield return state;
        }
    }

    public Task SaveAsync(SyncState state, CancellationToken cancellationToken)
    {
        crash.Step();
        Put(state);
        return Task.CompletedTask;
    }

    public Task CommitAsync(SyncCommit commit, CancellationToken cancellationToken)
    {
        crash.Step();
        if (commit.Write is not null)
        {
            records.Apply(commit.Write);
        }

        foreach (var retired in commit.RetiredStateIds)
        {
            _states.Remove(retired);
        }

        Put(commit.State);
        results.Results.AddRange(commit.Results);
        return Task.CompletedTask;
    }

    public Task<string?> GetCursorAsync(
        string connectionId, EntityType entityType, CursorSide side, CancellationToken cancellationToken) =>
        Task.FromResult(CursorOf(connectionId, entityType, side));

    public Task SaveCursorAsync(
        string connectionId, EntityType entityType, CursorSide side, string cursor, CancellationToken cancellationToken)
    {
        _cursors[(connectionId, entityType, side)] = cursor;
        return Task.CompletedTask;
    }

    private void Put(SyncState state)
    {
        // A second state for the same record would be a linking bug; fail loudly instead of hiding it.
        var twin = _states.Values.FirstOrDefault(s => s.StateId != state.StateId && s.EntityType == state.EntityType
            && ((state.InternalId is not null && s.InternalId == state.InternalId)
                || (state.ExternalId is not null && s.ExternalId == state.ExternalId)));
        if (twin is not null)
        {
            throw new InvalidOperationException($"Two sync states for one record: {twin} and {state}.");
        }

        _states[state.StateId] = state;
    }
}
