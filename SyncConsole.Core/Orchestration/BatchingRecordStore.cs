using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Orchestration;

/// <summary>Our records as a job's decisions see them during a page: reading a record with a held write flushes first.</summary>
internal sealed class BatchingRecordStore(IInternalRecordStore inner, PageBatch batch) : IInternalRecordStore
{
    public IAsyncEnumerable<InternalPage> ReadPagesAsync(EntityType entityType, string? cursor, CancellationToken cancellationToken) =>
        inner.ReadPagesAsync(entityType, cursor, cancellationToken);

    public async Task<InternalRecord?> GetAsync(EntityType entityType, string id, CancellationToken cancellationToken)
    {
        if (batch.Holds(entityType, 'i', id))
        {
            await batch.FlushAsync(cancellationToken);
        }

        return await inner.GetAsync(entityType, id, cancellationToken);
    }

    // Matching only ever takes unlinked records, and every held commit leaves its record linked or unchanged.
    public IAsyncEnumerable<InternalRecord> FindAsync(MatchCriteria criteria, CancellationToken cancellationToken) =>
        inner.FindAsync(criteria, cancellationToken);
}
