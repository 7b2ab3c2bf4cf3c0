using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Ports;

namespace SyncConsole.Core.Orchestration;

/// <summary>Conflicts as a job's decisions see them during a page: a conflict write flushes the held commits first, keeping their order.</summary>
internal sealed class BatchingConflictStore(IConflictStore inner, PageBatch batch) : IConflictStore
{
    public Task<ConflictRecord?> FindActiveAsync(string connectionId, string stateId, CancellationToken cancellationToken) =>
        inner.FindActiveAsync(connectionId, stateId, cancellationToken);

    public async Task SaveAsync(ConflictRecord conflict, CancellationToken cancellationToken)
    {
        await batch.FlushAsync(cancellationToken);
        await inner.SaveAsync(conflict, cancellationToken);
    }
}
