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

    /// <summary>
    /// The states linked to any of the provider records <paramref name="externalIds"/>, keyed by external id (one read
    /// for a whole page). The default looks them up one by one.
    /// </summary>
    async Task<IReadOnlyDictionary<string, SyncState>> FindByExternalIdsAsync(
        string connectionId, EntityType entityType, IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(externalIds);
        var found = new Dictionary<string, SyncState>(StringComparer.Ordinal);
        foreach (var id in externalIds.Distinct(StringComparer.Ordinal))
        {
            if (await FindByExternalIdAsync(connectionId, entityType, id, cancellationToken) is { } state)
            {
                found[id] = state;
            }
        }

        return found;
    }

    /// <summary>
    /// The states linked to any of our records <paramref name="internalIds"/>, keyed by internal id (one read for a
    /// whole page). The default looks them up one by one.
    /// </summary>
    async Task<IReadOnlyDictionary<string, SyncState>> FindByInternalIdsAsync(
        string connectionId, EntityType entityType, IReadOnlyCollection<string> internalIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(internalIds);
        var found = new Dictionary<string, SyncState>(StringComparer.Ordinal);
        foreach (var id in internalIds.Distinct(StringComparer.Ordinal))
        {
            if (await FindByInternalIdAsync(connectionId, entityType, id, cancellationToken) is { } state)
            {
                found[id] = state;
            }
        }

        return found;
    }

    /// <summary>
    /// Commits many independent decisions (a page's worth) as <see cref="CommitAsync"/> would one by one, ideally in one
    /// transaction. A commit whose record write is refused for its version is left out (the others still commit) and
    /// its index returned. The default commits them one by one.
    /// </summary>
    async Task<IReadOnlySet<int>> CommitBatchAsync(IReadOnlyList<SyncCommit> commits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commits);
        var refused = new HashSet<int>();
        for (var i = 0; i < commits.Count; i++)
        {
            try
            {
                await CommitAsync(commits[i], cancellationToken);
            }
            catch (SyncConcurrencyException)
            {
                refused.Add(i);
            }
        }

        return refused;
    }

    /// <summary>
    /// Does the part of committing a page that needs no database (turning its records, states and results into rows)
    /// ahead of time: a sync job prepares a page while the page before it is still committing. The default prepares
    /// nothing.
    /// </summary>
    PreparedCommits PrepareBatch(IReadOnlyList<SyncCommit> commits) => new(commits);

    /// <summary>Commits a prepared page, as <see cref="CommitBatchAsync(IReadOnlyList{SyncCommit}, CancellationToken)"/> commits its commits.</summary>
    Task<IReadOnlySet<int>> CommitBatchAsync(PreparedCommits prepared, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        return CommitBatchAsync(prepared.Commits, cancellationToken);
    }

    /// <summary>
    /// False only when certain that every live record of ours of <paramref name="entityType"/> is already linked for
    /// this connection, so that first-sync matching of provider records can find no candidate and may be skipped. The
    /// default answers true (always match).
    /// </summary>
    Task<bool> HasUnlinkedInternalRecordsAsync(string connectionId, EntityType entityType, CancellationToken cancellationToken) =>
        Task.FromResult(true);
}
