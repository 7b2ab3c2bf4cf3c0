using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Rules;
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
    /// <param name="oursFields">Our fields as the write is decided (see <see cref="PendingExternalWrite.OursFields"/>).</param>
    /// <param name="current">The provider record updated, or null for a create.</param>
    /// <param name="depth">Dependency depth, for reference translation.</param>
    /// <param name="resolutions">The policy choices this write carries out.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <param name="basis">What the write is based on, for the key; the provider token unless given.</param>
    private async Task<SyncState> WriteExternalAsync(
        EntityType entityType, SyncState state, ExternalWriteOperation operation, FieldMap? fields, FieldMap? oursFields,
        ExternalRecord? current, int depth, IReadOnlyList<FieldResolution> resolutions, CancellationToken cancellationToken,
        string? basis = null)
    {
        var key = IdempotencyKey.For(ConnectionId, entityType, state.InternalId ?? state.StateId, state.ExternalId, operation,
            basis ?? state.ExternalToken, fields);
        var record = fields is null ? null : await ToProviderRecordAsync(entityType, state, fields, depth, cancellationToken);
        var payload = record is null ? null : Map(state.ExternalId, () => context.Provider.MapperFor(entityType).ToExternal(record, current));
        if (context.DryRun)
        {
            return state;
        }

        var intent = state with
        {
            PendingWrite = new PendingExternalWrite(operation, fields, oursFields, state.ExternalToken, key, resolutions),
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
    /// Finishes a provider write that a killed job may or may not have completed, by replaying it with its key. If it
    /// landed (now or before), the job's decision is completed: the written fields become base, and those that came from
    /// the provider side are applied to our record where it has not changed them since. The provider token is left as it
    /// was, so the record is then re-read and merged. A refused replay never happened, and its intent is dropped.
    /// </summary>
    private async Task<SyncState> ReplayPendingAsync(SyncState state, CancellationToken cancellationToken)
    {
        var pending = state.PendingWrite!;
        var entityType = state.EntityType;
        var current = state.ExternalId is null
            ? null
            : await Adapter.GetAsync(ConnectionId, entityType, state.ExternalId, cancellationToken) is { IsDeleted: false } live
                ? live
                : null;
        var record = pending.Fields is null ? null : await ToProviderRecordAsync(entityType, state, pending.Fields, 0, cancellationToken);
        var payload = record is null ? null : Map(state.ExternalId, () => context.Provider.MapperFor(entityType).ToExternal(record, current));
        var write = new ExternalWrite(pending.Operation, entityType, state.ExternalId, pending.BasisToken, payload, pending.IdempotencyKey);
        var result = await Adapter.WriteAsync(ConnectionId, write, cancellationToken);
        var settled = state with { PendingWrite = null };
        InternalWrite? completion = null;
        var finished = new List<RecordResult>();
        if (result is { Status: WriteStatus.Succeeded, Record: { } written })
        {
            settled = settled with { ExternalId = written.ExternalId };
            if (pending.Fields is { } fields)
            {
                var ours = state.InternalId is null ? null : await context.Records.GetAsync(entityType, state.InternalId, cancellationToken);
                completion = CompleteInternalHalf(entityType, ours, fields, pending.OursFields ?? fields);
                settled = settled with
                {
                    Base = context.RuleFor(entityType).Direction == SyncDirection.Outbound ? pending.OursFields ?? fields : fields,
                };
            }

            finished.Add(Result(entityType, settled, ChangeDirection.Outbound, pending.Operation switch
            {
                ExternalWriteOperation.Create => ResultAction.Created,
                ExternalWriteOperation.Update => ResultAction.Updated,
                ExternalWriteOperation.Delete or ExternalWriteOperation.Void => ResultAction.Deleted,
            }, "Finished a provider write interrupted by an earlier job.", pending.Resolutions));
        }

        await CommitAsync(completion, settled, finished, cancellationToken, mayWait: false);
        return settled;
    }

    /// <summary>The write that gives our record the provider-side fields of a landed decision, where we have not changed them since.</summary>
    private InternalWrite? CompleteInternalHalf(EntityType entityType, InternalRecord? ours, FieldMap written, FieldMap oursThen)
    {
        if (ours is not { IsDeleted: false, Record: { } record } || !context.RuleFor(entityType).AllowsInbound)
        {
            return null;
        }

        var now = SchemaUpgrader.Upgrade(record).Fields;
        var pull = written.Entries.Where(e => !oursThen[e.Key].Equals(e.Value) && now[e.Key].Equals(oursThen[e.Key])).ToList();
        return pull.Count == 0
            ? null
            : new InternalWrite(entityType, ours.Id, ours.Version,
                new CanonicalRecord(entityType, ours.Id, SchemaVersions.Current, now.With(pull)));
    }

    /// <summary>The resolutions of a pending provider write (adopted now) together with this decision's own.</summary>
    private static List<FieldResolution> WithPending(SyncState state, IReadOnlyList<FieldResolution> resolutions) =>
        resolutions.Concat(state.PendingWrite?.Resolutions ?? []).Distinct().ToList();

    /// <summary>
    /// Commits a decision's local effects with its results. During a page they may wait for the page's batch, unless a
    /// provider write or a conflict is involved: those commit at once, in their record-by-record order.
    /// </summary>
    private Task CommitAsync(
        InternalWrite? write, SyncState state, IReadOnlyList<RecordResult> results, CancellationToken cancellationToken, bool mayWait = true) =>
        context.CommitAsync(new SyncCommit(write, state), results, mayWait, cancellationToken);
}
