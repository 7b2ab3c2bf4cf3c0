using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;

namespace SyncConsole.Core.Ports;

/// <summary>Sync state per connection: links, version vectors, base snapshots and change-feed cursors.</summary>
public interface ISyncStateStore
{
    /// <summary>The state linked to our record <paramref name="internalId"/>, or null.</summary>
    Task<SyncState?> FindByInternalIdAsync(
        string connectionId, EntityType entityType, string internalId, CancellationToken cancellationToken);

    /// <summary>The state linked to provider record <paramref name="externalId"/>, or null.</summary>
    Task<SyncState?> FindByExternalIdAsync(
        string connectionId, EntityType entityType, string externalId, CancellationToken cancellationToken);

    /// <summary>
    /// Streams states that need another look although their feeds may not show them again: status failed or conflict,
    /// or a pending provider write (<see cref="SyncState.PendingWrite"/>).
    /// </summary>
    IAsyncEnumerable<SyncState> ListUnsettledAsync(
        string connectionId, EntityType entityType, CancellationToken cancellationToken);

    /// <summary>Saves a state on its own (write-ahead intent before a provider write, failure status).</summary>
    Task SaveAsync(SyncState state, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically applies <see cref="SyncCommit.Write"/> to our record store (refusing it with
    /// <see cref="SyncConcurrencyException"/> when the record is not at the expected version) and saves the state.
    /// </summary>
    Task CommitAsync(SyncCommit commit, CancellationToken cancellationToken);

    /// <summary>The stored cursor of one change feed; null before the first committed page.</summary>
    Task<string?> GetCursorAsync(
        string connectionId, EntityType entityType, CursorSide side, CancellationToken cancellationToken);

    /// <summary>Stores a cursor once every record of its page is committed.</summary>
    Task SaveCursorAsync(
        string connectionId, EntityType entityType, CursorSide side, string cursor, CancellationToken cancellationToken);
}
