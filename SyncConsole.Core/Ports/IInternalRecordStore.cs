using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Ports;

/// <summary>
/// Read access to our system's records (the application's side), scoped to the current tenant. Writes made by a sync
/// go through <see cref="ISyncStateStore.CommitAsync"/> so that a record write and its sync state commit atomically.
/// </summary>
public interface IInternalRecordStore
{
    /// <summary>Streams records changed since <paramref name="cursor"/> (all records when null), page by page, tombstones included.</summary>
    IAsyncEnumerable<InternalPage> ReadPagesAsync(EntityType entityType, string? cursor, CancellationToken cancellationToken);

    /// <summary>Reads one record (or its tombstone) by id; null when it never existed.</summary>
    Task<InternalRecord?> GetAsync(EntityType entityType, string id, CancellationToken cancellationToken);

    /// <summary>Streams the live records matching <paramref name="criteria"/> (first-sync matching).</summary>
    IAsyncEnumerable<InternalRecord> FindAsync(MatchCriteria criteria, CancellationToken cancellationToken);
}
