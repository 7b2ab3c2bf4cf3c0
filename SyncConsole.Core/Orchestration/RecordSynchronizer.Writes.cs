using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;

namespace SyncConsole.Core.Orchestration;

/// <summary>Carrying out decisions: provider writes (idempotent, write-ahead) and atomic local commits.</summary>
internal sealed partial class RecordSynchronizer
{
    private async Task ApplyMergedAsync(
        EntityType entityType, SyncState state, RecordPair pair, FieldMap merged, IReadOnlyList<FieldResolution> resolutions,
        ConflictRecord? conflict, int depth, CancellationToken cancellationToken)
    {
        var rule = context.RuleFor(entityType);
        resolutions = WithPending(state, resolutions);
        var writeTheirs = rule.AllowsOutbound && context.CapabilitiesOf(entityType).CanWrite && !merged.Equals(pair.TheirsFields);
        var writeOurs = rule.AllowsInbound && !merged.Equals(pair.OursFields);
        if (writeTheirs)
        {
            state = await WriteExternalAsync(entityType, state, ExternalWriteOperation.Update, merged, pair.OursFields, pair.Theirs,
                depth, resolutions, cancellationToken);
        }

        var write = writeOurs
            ? new InternalWrite(entityType, pair.Ours.Id, pair.Ours.Version,
                new CanonicalRecord(entityType, pair.Ours.Id, SchemaVersions.Current, merged))
            : null;

        // A one-way rule keeps the source side as base, so a divergence on the other side stays visible as its own change.
        var newBase = rule.Direction switch
        {
            SyncDirection.Bidirectional => merged,
            SyncDirection.Inbound => pair.TheirsFields,
            SyncDirection.Outbound => pair.OursFields,
        };
        var synced = Mark(state with { Base = newBase, Status = RecordSyncStatus.Synced, PendingWrite = null, Message = null },
            write?.NewVersion ?? pair.Ours.Version);
        var results = new List<RecordResult>();
        if (writeTheirs)
        {
            results.Add(Result(entityType, synced, ChangeDirection.Outbound, ResultAction.Updated, null, resolutions));
        }

        if (writeOurs)
        {
            results.Add(Result(entityType, synced, ChangeDirection.Inbound, ResultAction.Updated, null, writeTheirs ? [] : resolutions));
        }

        if (!writeTheirs && !writeOurs)
        {
            results.Add(Result(entityType, synced, ChangeDirection.Inbound, ResultAction.Skipped,
                merged.Equals(pair.OursFields) && merged.Equals(pair.TheirsFields)
                    ? "Both sides already agree."
                    : $"The rule's direction ({rule.Direction.ToWireName()}) does not write the other side.",
                resolutions));
        }

        await CommitAsync(write, synced, results, cancellationToken, mayWait: !writeTheirs && conflict is null);
        await MarkAppliedAsync(conflict, cancellationToken);
    }

    private async Task PropagateDeletionAsync(
        EntityType entityType, SyncState state, Removal removal, ConflictRecord? conflict, CancellationToken cancellationToken)
    {
        var rule = context.RuleFor(entityType);
        removal = removal with { Resolutions = WithPending(state, removal.Resolutions) };
        var toTheirs = removal.Deleter == MergeSide.Ours;
        var allowed = toTheirs ? rule.AllowsOutbound && context.CapabilitiesOf(entityType).CanWrite : rule.AllowsInbound;
        var direction = toTheirs ? ChangeDirection.Outbound : ChangeDirection.Inbound;
        if (!allowed)
        {
            // The deletion stays on its side; marking it reconciled keeps it from being re-examined every job.
            await CommitAsync(null, Mark(state with { Status = RecordSyncStatus.Synced, Message = null }, removal.Ours?.Version ?? 0),
                [Result(entityType, state, direction, ResultAction.Skipped,
                    $"The rule's direction ({rule.Direction.ToWireName()}) does not propagate this deletion.", removal.Resolutions)],
                cancellationToken);
            return;
        }

        InternalWrite? write = null;
        if (toTheirs)
        {
            var mode = context.CapabilitiesOf(entityType).DeleteMode;
            var inactive = removal.SurvivorFields.With("active", CanonicalValue.From(false));
            state = mode == DeleteMode.Inactivate
                ? await WriteExternalAsync(entityType, state, ExternalWriteOperation.Update, inactive, inactive, removal.Theirs, 0,
                    removal.Resolutions, cancellationToken)
                : await WriteExternalAsync(entityType, state,
                    mode == DeleteMode.Void ? ExternalWriteOperation.Void : ExternalWriteOperation.Delete,
                    null, null, removal.Theirs, 0, removal.Resolutions, cancellationToken);
        }
        else
        {
            // Name lists are never deleted on our side either: the record is inactivated and kept.
            var ours = removal.Ours!;
            var inactive = entityType.IsNameList()
                ? SchemaUpgrader.Upgrade(ours.Record!).Fields.With("active", CanonicalValue.From(false))
                : null;
            write = new InternalWrite(entityType, ours.Id, ours.Version,
                inactive is null ? null : new CanonicalRecord(entityType, ours.Id, SchemaVersions.Current, inactive));
        }

        var removed = Mark(state with { Removed = true, Status = RecordSyncStatus.Synced, PendingWrite = null, Message = null },
            write?.NewVersion ?? removal.Ours?.Version ?? 0);
        await CommitAsync(write, removed, [Result(entityType, removed, direction, ResultAction.Deleted, null, removal.Resolutions)],
            cancellationToken, mayWait: !toTheirs && conflict is null);
        await MarkAppliedAsync(conflict, cancellationToken);
    }

    private async Task RestoreAsync(
        EntityType entityType, SyncState state, Removal removal, ConflictRecord? conflict, int depth,
        CancellationToken cancellationToken)
    {
        if (removal.Deleter == MergeSide.Theirs)
        {
            var ours = removal.Ours!;
            var restored = state with { ExternalId = null, ExternalToken = null, Base = null };
            await CreateExternalAsync(entityType, restored, ours, removal.SurvivorFields, $"restore:{state.ExternalId}", depth,
                cancellationToken, removal.Resolutions);
        }
        else
        {
            var id = state.InternalId!;
            var write = new InternalWrite(entityType, id, removal.Ours?.Version ?? 0,
                new CanonicalRecord(entityType, id, SchemaVersions.Current, removal.SurvivorFields));
            var synced = Mark(state with { Base = removal.SurvivorFields, Status = RecordSyncStatus.Synced, PendingWrite = null, Message = null },
                write.NewVersion);
            await CommitAsync(write, synced,
                [Result(entityType, synced, ChangeDirection.Inbound, ResultAction.Created, "Restored: the edit won over the deletion.",
                    removal.Resolutions)],
                cancellationToken, mayWait: conflict is null);
        }

        await MarkAppliedAsync(conflict, cancellationToken);
    }

    private async Task CreateExternalAsync(
        EntityType entityType, SyncState state, InternalRecord ours, FieldMap fields, string basis, int depth,
        CancellationToken cancellationToken, IReadOnlyList<FieldResolution>? resolutions = null)
    {
        state = state with { InternalId = ours.Id, Vector = state.Vector.ObserveInternal(ours.Version) };
        state = await WriteExternalAsync(entityType, state, ExternalWriteOperation.Create, fields, fields, null, depth,
            resolutions ?? [], cancellationToken, basis);
        var created = Mark(state with { Base = fields, Status = RecordSyncStatus.Synced, PendingWrite = null, Message = null },
            ours.Version);
        await CommitAsync(null, created, [Result(entityType, created, ChangeDirection.Outbound, ResultAction.Created, null, resolutions)],
            cancellationToken, mayWait: false);
    }
}
