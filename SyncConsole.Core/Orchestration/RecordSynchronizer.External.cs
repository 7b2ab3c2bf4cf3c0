using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;

namespace SyncConsole.Core.Orchestration;

/// <summary>Provider writes: write-ahead intent, idempotency key, outcome; and local commits.</summary>
internal sealed partial class RecordSynchronizer
{
    /// <summary>
    /// Writes to the provider and returns the state after the write (new id, token and external version; the intent is
    /// still set, the caller's commit clears it). In a dry run nothing is written and the state is returned unchanged.
    /// </summary>
    /// <param name="entityType">The entity type.</param>
    /// <param name="state">The record's state.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="fields">All fields to write (our ids); null for delete and void.</param>
    /// <param name="changed">The fields this write changes at the provider (the intent).</param>
    /// <param name="current">The provider record updated, or null for a create.</param>
    /// <param name="depth">Dependency depth, for reference translation.</param>
    /// <param name="resolutions">The policy choices this write carries out.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <param name="basis">What the write is based on, for the key; the provider token unless given.</param>
    private async Task<SyncState> WriteExternalAsync(
        EntityType entityType, SyncState state, ExternalWriteOperation operation, FieldMap? fields, FieldMap? changed,
        ExternalRecord? current, int depth, IReadOnlyList<FieldResolution> resolutions, CancellationToken cancellationToken,
        string? basis = null)
    {
        var key = IdempotencyKey.For(ConnectionId, entityType, state.InternalId ?? state.StateId, operation,
            basis ?? state.ExternalToken, fields);
        var payload = fields is null
            ? null
            : context.Provider.MapperFor(entityType).ToExternal(
                await ToProviderRecordAsync(entityType, state, fields, depth, cancellationToken), current);
        if (context.DryRun)
        {
            return state;
        }

        var intent = state with
        {
            PendingWrite = new PendingExternalWrite(operation, changed, state.ExternalToken, key, resolutions),
        };
        await context.States.SaveAsync(intent, cancellationToken);
        var write = new ExternalWrite(operation, entityType, state.ExternalId, state.ExternalToken, payload, key);
        var result = await Adapter.WriteAsync(ConnectionId, write, cancellationToken);
        if (result is { Status: WriteStatus.Succeeded, Record: { } written })
        {
            return intent with
            {
                ExternalId = written.ExternalId,
                ExternalToken = written.VersionToken,
                Vector = intent.Vector.ObserveExternalChange(),
            };
        }

        // Stale or rejected: nothing was written, so the intent is void. A stale record is re-read and merged next job.
        await context.States.SaveAsync(state with { PendingWrite = null }, cancellationToken);
        throw new RecordSyncException(result.Status == WriteStatus.Stale
            ? $"The provider record changed meanwhile ({result.Message}); it is merged again next job."
            : $"The provider refused the {operation.ToString().ToLowerInvariant()}: {result.Message}");
    }

    /// <summary>
    /// Finishes a create that a killed job may or may not have completed: the same write with the same key is either
    /// done now or answered from the provider's memory of the first attempt, and the record is linked either way.
    /// </summary>
    private async Task<SyncState> ReplayCreateAsync(SyncState state, CancellationToken cancellationToken)
    {
        var pending = state.PendingWrite!;
        var payload = context.Provider.MapperFor(state.EntityType).ToExternal(
            await ToProviderRecordAsync(state.EntityType, state, pending.Fields!, 0, cancellationToken), null);
        var write = new ExternalWrite(ExternalWriteOperation.Create, state.EntityType, null, null, payload, pending.IdempotencyKey);
        var result = await Adapter.WriteAsync(ConnectionId, write, cancellationToken);
        var settled = state with { PendingWrite = null };
        if (result is { Status: WriteStatus.Succeeded, Record: { } created })
        {
            // The provider holds the intended fields: they are the base; our side stays unconfirmed, so any edit made
            // since is still seen as our change and pushed.
            var vector = state.Vector.ObserveExternalChange();
            settled = settled with
            {
                ExternalId = created.ExternalId,
                ExternalToken = created.VersionToken,
                Base = pending.Fields,
                Vector = context.Marker(vector, vector.SyncedInternalVersion, vector.ExternalVersion),
            };
        }

        await context.States.SaveAsync(settled, cancellationToken);
        if (settled.ExternalId is not null)
        {
            Record(state.EntityType, settled, ChangeDirection.Outbound, ResultAction.Created,
                "Finished a create interrupted by an earlier job.", pending.Resolutions);
        }

        return settled;
    }

    /// <summary>The resolutions of a pending provider write (adopted now) together with this decision's own.</summary>
    private static List<FieldResolution> WithPending(SyncState state, IReadOnlyList<FieldResolution> resolutions) =>
        resolutions.Concat(state.PendingWrite?.Resolutions ?? []).Distinct().ToList();

    private async Task CommitAsync(InternalWrite? write, SyncState state, CancellationToken cancellationToken)
    {
        if (!context.DryRun)
        {
            await context.States.CommitAsync(new SyncCommit(write, state), cancellationToken);
        }
    }
}
