using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;

namespace SyncConsole.Core.Orchestration;

/// <summary>
/// The sync state store as a job's decisions see it during a page: reads of the page's states come from the page's
/// one read, reads touching a held commit and every direct write flush the held commits first (see <see cref="PageBatch"/>).
/// </summary>
internal sealed class BatchingStateStore(ISyncStateStore inner, PageBatch batch) : ISyncStateStore
{
    public async Task<SyncState?> FindByInternalIdAsync(string connectionId, EntityType entityType, string internalId, CancellationToken cancellationToken)
    {
        if (batch.Holds(entityType, 'i', internalId))
        {
            await batch.FlushAsync(cancellationToken);
        }

        return batch.TryTakePrefetched(entityType, 'i', internalId, out var state)
            ? state
            : await inner.FindByInternalIdAsync(connectionId, entityType, internalId, cancellationToken);
    }

    public async Task<SyncState?> FindByExternalIdAsync(string connectionId, EntityType entityType, string externalId, CancellationToken cancellationToken)
    {
        if (batch.Holds(entityType, 'e', externalId))
        {
            await batch.FlushAsync(cancellationToken);
        }

        return batch.TryTakePrefetched(entityType, 'e', externalId, out var state)
            ? state
            : await inner.FindByExternalIdAsync(connectionId, entityType, externalId, cancellationToken);
    }

    public IAsyncEnumerable<SyncState> ListUnsettledAsync(string connectionId, EntityType entityType, CancellationToken cancellationToken) =>
        inner.ListUnsettledAsync(connectionId, entityType, cancellationToken);

    public async Task SaveAsync(SyncState state, CancellationToken cancellationToken)
    {
        await batch.FlushAsync(cancellationToken);
        await inner.SaveAsync(state, cancellationToken);
    }

    public async Task CommitAsync(SyncCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        await batch.FlushAsync(cancellationToken);
        if (commit.RetiredStateIds.Count > 0)
        {
            batch.InvalidatePrefetched();
        }

        await inner.CommitAsync(commit, cancellationToken);
    }

    /// <summary>
    /// Holds a commit for the page's batch when a page is in progress and the commit may wait (true); else commits it now
    /// (false).
    /// </summary>
    public async Task<bool> CommitOrHoldAsync(SyncCommit commit, bool mayWait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        if (mayWait && batch.Active && commit.RetiredStateIds.Count == 0)
        {
            batch.Hold(commit);
            return true;
        }

        await CommitAsync(commit, cancellationToken);
        return false;
    }

    public Task<string?> GetCursorAsync(string connectionId, EntityType entityType, CursorSide side, CancellationToken cancellationToken) =>
        inner.GetCursorAsync(connectionId, entityType, side, cancellationToken);

    public Task SaveCursorAsync(string connectionId, EntityType entityType, CursorSide side, string cursor, CancellationToken cancellationToken) =>
        inner.SaveCursorAsync(connectionId, entityType, side, cursor, cancellationToken);
}
