using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Merge;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;

namespace SyncConsole.Core.Orchestration;

/// <summary>Reconciling a linked record: observe versions, decide, merge, and apply or raise a conflict.</summary>
internal sealed partial class RecordSynchronizer
{
    private async Task ReconcileAsync(
        EntityType entityType, SyncState state, InternalRecord? ours, ExternalRecord theirs, ConflictRecord? conflict,
        int depth, CancellationToken cancellationToken)
    {
        var vector = ours is null ? state.Vector : state.Vector.ObserveInternal(ours.Version);
        if (!string.Equals(theirs.VersionToken, state.ExternalToken, StringComparison.Ordinal))
        {
            vector = vector.ObserveExternalChange();
        }

        state = state with { Vector = vector, ExternalToken = theirs.VersionToken };
        var oursDeleted = ours is null || ours.IsDeleted;
        if (oursDeleted || theirs.IsDeleted)
        {
            await ReconcileDeletionAsync(entityType, state, ours, theirs, conflict, depth, cancellationToken);
            return;
        }

        var decision = state.Base is null ? SyncDecision.Conflict : vector.Decide();
        if (decision == SyncDecision.InSync && conflict is null && !context.Reconciling)
        {
            await SettleInSyncAsync(entityType, state, cancellationToken);
            return;
        }

        var oursFields = SchemaUpgrader.Upgrade(ours!.Record!).Fields;
        var theirsFields = await TranslateInAsync(entityType, theirs, depth, cancellationToken);
        if (context.Reconciling)
        {
            context.Compared.Add(state.StateId);
            if (conflict is null && state.Base is { } synced && synced.Equals(oursFields) && synced.Equals(theirsFields))
            {
                await SettleInSyncAsync(entityType, state, cancellationToken);
                return;
            }
        }
        var rule = context.RuleFor(entityType);

        // A value both sides now hold is agreed, whatever the stored base says: otherwise a change made identically on
        // both sides would count as "both changed" at record level, and a field agreed while others wait for review
        // would, if one side later reverted it to the old base value, look unchanged there and silently lose.
        var baseFields = state.Base?.With(oursFields.Entries.Where(e => theirsFields[e.Key].Equals(e.Value)));
        var merge = FieldMerger.Merge(new MergeInput(baseFields, oursFields, theirsFields, rule, ours.ModifiedAt, theirs.ModifiedAt,
            state.ObservedOurs?.DifferingFields(oursFields), state.ObservedTheirs?.DifferingFields(theirsFields)));
        var merged = merge.Merged;

        // A field under review stays in conflict until the sides agree or a person decides, even if a re-evaluation
        // (a second pass of the same job, with the observed values just refreshed) no longer sees both sides' changes.
        var open = merge.Conflicts.Concat((conflict is { Kind: ConflictKind.FieldValues } ? conflict.Fields : [])
                .Where(c => merge.Conflicts.All(m => m.Field != c.Field) && !oursFields[c.Field].Equals(theirsFields[c.Field]))
                .Select(c => c with { Ours = oursFields[c.Field], Theirs = theirsFields[c.Field] }))
            .ToList();
        if (conflict is { Status: ConflictStatus.Resolved, Kind: ConflictKind.FieldValues, Choices: { } choices })
        {
            merged = merged.With(open.Where(c => choices.ContainsKey(c.Field)).Select(c =>
                KeyValuePair.Create(c.Field, ConflictResolution.ChosenValue(choices[c.Field], c.Ours, c.Theirs))));
            open = open.Where(c => !choices.ContainsKey(c.Field)).ToList();
        }

        if (open.Count > 0)
        {
            var blocked = state with { Base = baseFields, ObservedOurs = oursFields, ObservedTheirs = theirsFields };
            await RaiseConflictAsync(entityType, blocked, conflict, ConflictKind.FieldValues, open, cancellationToken);
            return;
        }

        var pair = new RecordPair(ours, theirs, oursFields, theirsFields);
        await ApplyMergedAsync(entityType, state, pair, merged, merge.Resolutions, conflict, depth, cancellationToken);
    }

    private async Task ReconcileDeletionAsync(
        EntityType entityType, SyncState state, InternalRecord? ours, ExternalRecord theirs, ConflictRecord? conflict,
        int depth, CancellationToken cancellationToken)
    {
        var oursDeleted = ours is null || ours.IsDeleted;
        if (oursDeleted && theirs.IsDeleted)
        {
            var removed = state with { Removed = true, Status = RecordSyncStatus.Synced, PendingWrite = null, Message = null };
            await CommitAsync(null, Mark(removed, ours?.Version ?? 0),
                [Result(entityType, removed, ChangeDirection.Inbound, ResultAction.Skipped, "Removed on both sides.", WithPending(state, []))],
                cancellationToken);
            return;
        }

        var deleter = oursDeleted ? MergeSide.Ours : MergeSide.Theirs;
        var editorFields = oursDeleted
            ? await TranslateInAsync(entityType, theirs, depth, cancellationToken)
            : SchemaUpgrader.Upgrade(ours!.Record!).Fields;
        // An edit competes with the deletion only if it could flow: under a one-way rule the other side's edits never do.
        var rule = context.RuleFor(entityType);
        var editorChanged = (oursDeleted ? state.Vector.ExternalChanged && rule.AllowsInbound : state.Vector.InternalChanged && rule.AllowsOutbound)
            && !editorFields.Equals(state.Base);
        var winner = !editorChanged
            ? deleter
            : DeletionWinner(conflict, rule, deleter, ours?.ModifiedAt, theirs.ModifiedAt);
        if (winner is null)
        {
            var fields = new FieldConflict(ConflictFields.Deleted, CanonicalValue.From(false),
                CanonicalValue.From(oursDeleted), CanonicalValue.From(theirs.IsDeleted));
            await RaiseConflictAsync(entityType, state, conflict, ConflictKind.DeleteVersusEdit, [fields], cancellationToken);
            return;
        }

        IReadOnlyList<FieldResolution> resolutions = editorChanged && conflict is null
            ? [new FieldResolution(ConflictFields.Deleted, winner.Value, rule.MasterIfConflict)]
            : [];
        var removal = new Removal(deleter, ours, theirs, editorFields, resolutions);
        await (winner == deleter
            ? PropagateDeletionAsync(entityType, state, removal, conflict, cancellationToken)
            : RestoreAsync(entityType, state, removal, conflict, depth, cancellationToken));
    }

    /// <summary>Who wins a delete against an edit: a person's choice, else the record-level policy; null = ask a person.</summary>
    private static MergeSide? DeletionWinner(
        ConflictRecord? conflict, SyncRule rule, MergeSide deleter, DateTimeOffset? oursAt, DateTimeOffset? theirsAt)
    {
        if (conflict is { Kind: ConflictKind.DeleteVersusEdit, Status: ConflictStatus.Resolved, Choices: { } choices })
        {
            var keepDeleted = ConflictResolution.ChosenValue(choices[ConflictFields.Deleted],
                CanonicalValue.From(deleter == MergeSide.Ours), CanonicalValue.From(deleter == MergeSide.Theirs));
            var editor = deleter == MergeSide.Ours ? MergeSide.Theirs : MergeSide.Ours;
            return keepDeleted.Equals(CanonicalValue.From(true)) ? deleter : editor;
        }

        return rule.MasterIfConflict switch
        {
            ConflictPolicy.External => MergeSide.Theirs,
            ConflictPolicy.OurSystem => MergeSide.Ours,
            ConflictPolicy.Manual => null,
            ConflictPolicy.LastWriterWins => (oursAt, theirsAt) switch
            {
                ({ } o, { } t) when o > t => MergeSide.Ours,
                ({ } o, { } t) when t > o => MergeSide.Theirs,
                _ => null,
            },
        };
    }

    private async Task SettleInSyncAsync(EntityType entityType, SyncState state, CancellationToken cancellationToken)
    {
        var result = Result(entityType, state, ChangeDirection.Inbound, ResultAction.Skipped, "Already in sync.", WithPending(state, []));
        if (state.Status != RecordSyncStatus.Synced || state.PendingWrite is not null)
        {
            await CommitAsync(null, state with { Status = RecordSyncStatus.Synced, PendingWrite = null, Message = null }, [result], cancellationToken);
        }
        else
        {
            context.Record(result);
        }
    }

    /// <summary>The state after a successful reconciliation at our version <paramref name="internalVersion"/>.</summary>
    private SyncState Mark(SyncState state, long internalVersion) => state with
    {
        Vector = context.Marker(state.Vector, internalVersion, state.Vector.ExternalVersion),
        ObservedOurs = null,
        ObservedTheirs = null,
    };
}
