using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Matching;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;

namespace SyncConsole.Core.Orchestration;

/// <summary>First sync of a record known on one side only: match and link, or create it on the other side.</summary>
internal sealed partial class RecordSynchronizer
{
    private async Task LinkOursAsync(
        EntityType entityType, SyncState? state, InternalRecord ours, ConflictRecord? conflict, int depth,
        CancellationToken cancellationToken)
    {
        var rule = context.RuleFor(entityType);
        state ??= SyncState.New(ConnectionId, entityType, ours.Id, null);
        if (ours.IsDeleted || !rule.AllowsOutbound || !context.CapabilitiesOf(entityType).CanWrite)
        {
            Record(entityType, state, ChangeDirection.Outbound, ResultAction.Skipped, ours.IsDeleted
                ? "Deleted before it was ever synced."
                : "The rule's direction does not push our records to the provider.");
            return;
        }

        var fields = SchemaUpgrader.Upgrade(ours.Record!).Fields;
        var match = await MatchOrChoiceAsync(conflict, () => RecordMatcher.MatchAsync(
            entityType, fields, context.Matching.KeysFor(entityType), ExternalSource(entityType, depth), InternalSource(entityType),
            cancellationToken));
        switch (match?.Kind)
        {
            case null:
                Record(entityType, state, ChangeDirection.Outbound, ResultAction.Skipped, "Awaiting review of an ambiguous match.");
                break;
            case MatchKind.None:
                await CreateExternalAsync(entityType, state, ours, fields, "create", depth, cancellationToken);
                break;
            case MatchKind.Unique:
                var theirs = await Adapter.GetAsync(ConnectionId, entityType, match.CandidateIds[0], cancellationToken)
                    ?? throw new RecordSyncException($"Matched provider record {match.CandidateIds[0]} no longer exists.");
                await MarkAppliedAsync(conflict, cancellationToken);
                var linked = await LinkAsync(state with { ExternalId = theirs.ExternalId, Base = null },
                    await context.States.FindByExternalIdAsync(ConnectionId, entityType, theirs.ExternalId, cancellationToken),
                    cancellationToken);
                await ReconcileAsync(entityType, linked, ours, theirs, null, depth, cancellationToken);
                break;
            case MatchKind.Ambiguous:
                await RaiseAmbiguousAsync(entityType, state, CanonicalValue.From(ours.Id),
                    CanonicalValue.From(match.CandidateIds), ChangeDirection.Outbound, match, cancellationToken);
                break;
        }
    }

    private async Task LinkTheirsAsync(
        EntityType entityType, SyncState? state, ExternalRecord theirs, ConflictRecord? conflict, int depth,
        CancellationToken cancellationToken)
    {
        var rule = context.RuleFor(entityType);
        state ??= SyncState.New(ConnectionId, entityType, null, theirs.ExternalId);
        if (theirs.IsDeleted || !rule.AllowsInbound)
        {
            Record(entityType, state, ChangeDirection.Inbound, ResultAction.Skipped, theirs.IsDeleted
                ? "Deleted at the provider before it was ever synced."
                : "The rule's direction does not pull provider records.");
            return;
        }

        var fields = await TranslateInAsync(entityType, theirs, depth, cancellationToken);
        // Matching takes unlinked records only: with none on our side (a first load), it could only answer "none".
        var match = conflict is null && context.Batch.AllOursLinked(entityType)
            ? MatchOutcome.NoMatch
            : await MatchOrChoiceAsync(conflict, () => RecordMatcher.MatchAsync(
                entityType, fields, context.Matching.KeysFor(entityType), InternalSource(entityType), ExternalSource(entityType, depth),
                cancellationToken));
        switch (match?.Kind)
        {
            case null:
                Record(entityType, state, ChangeDirection.Inbound, ResultAction.Skipped, "Awaiting review of an ambiguous match.");
                break;
            case MatchKind.None:
                await CreateInternalAsync(entityType, state, theirs, fields, cancellationToken);
                break;
            case MatchKind.Unique:
                var ours = await context.Records.GetAsync(entityType, match.CandidateIds[0], cancellationToken)
                    ?? throw new RecordSyncException($"Matched record {match.CandidateIds[0]} no longer exists.");
                await MarkAppliedAsync(conflict, cancellationToken);
                var linked = await LinkAsync(state with { InternalId = ours.Id, Base = null },
                    await context.States.FindByInternalIdAsync(ConnectionId, entityType, ours.Id, cancellationToken),
                    cancellationToken);
                await ReconcileAsync(entityType, linked, ours, theirs, null, depth, cancellationToken);
                break;
            case MatchKind.Ambiguous:
                await RaiseAmbiguousAsync(entityType, state, CanonicalValue.From(match.CandidateIds),
                    CanonicalValue.From(theirs.ExternalId), ChangeDirection.Inbound, match, cancellationToken);
                break;
        }
    }

    /// <summary>
    /// Stores a new link at once. The matched record may have a state of its own (it waited for review, or failed): that
    /// state is retired in the same commit and its review item closed, so one record never has two states.
    /// </summary>
    private async Task<SyncState> LinkAsync(SyncState linked, SyncState? candidateState, CancellationToken cancellationToken)
    {
        if (candidateState is null || context.DryRun)
        {
            return linked;
        }

        await MarkAppliedAsync(await context.Conflicts.FindActiveAsync(ConnectionId, candidateState.StateId, cancellationToken),
            cancellationToken);
        await context.States.CommitAsync(new SyncCommit(null, linked) { RetiredStateIds = [candidateState.StateId] }, cancellationToken);
        return linked;
    }

    /// <summary>
    /// Matching, unless a person already chose: a resolved ambiguous match links the chosen candidate
    /// (<c>{"value": id}</c>) or creates a new record (<c>ours</c>/<c>theirs</c>). Null while a review is open.
    /// </summary>
    private static async Task<MatchOutcome?> MatchOrChoiceAsync(ConflictRecord? conflict, Func<Task<MatchOutcome>> match)
    {
        if (conflict is not { Kind: ConflictKind.AmbiguousMatch })
        {
            return await match();
        }

        if (conflict.Status == ConflictStatus.Open)
        {
            return null;
        }

        var choice = conflict.Choices![ConflictFields.Match];
        return choice is { Kind: ChoiceKind.Value, Value: { Json.ValueKind: System.Text.Json.JsonValueKind.String } value }
            ? new MatchOutcome(MatchKind.Unique, [value.Json.GetString()!], null)
            : MatchOutcome.NoMatch;
    }

    private MatchSource InternalSource(EntityType entityType) => new(
        (criteria, ct) => Task.FromResult<IAsyncEnumerable<string>?>(context.Records.FindAsync(criteria, ct).Select(r => r.Id)),
        async (id, ct) => (await context.States.FindByInternalIdAsync(ConnectionId, entityType, id, ct))?.ExternalId is not null,
        async (id, ct) => await context.Records.GetAsync(entityType, id, ct) is { IsDeleted: false, Record: { } record }
            ? SchemaUpgrader.Upgrade(record).Fields
            : null);

    private MatchSource ExternalSource(EntityType entityType, int depth) => new(
        (criteria, ct) => SearchExternalAsync(criteria, depth, ct),
        async (id, ct) => (await context.States.FindByExternalIdAsync(ConnectionId, entityType, id, ct))?.InternalId is not null,
        async (id, ct) => await Adapter.GetAsync(ConnectionId, entityType, id, ct) is { IsDeleted: false } theirs
            ? await TranslateInAsync(entityType, theirs, depth, ct)
            : null);

    private async Task<IAsyncEnumerable<string>?> SearchExternalAsync(MatchCriteria criteria, int depth, CancellationToken cancellationToken)
    {
        // Reference values (an invoice's customer) must be provider ids to search the provider.
        var (fields, missing) = await ReferenceTranslator.TranslateAsync(
            criteria.EntityType, FieldMap.From(criteria.Values), (target, id, ct) => ExternalIdOfAsync(target, id, depth, ct),
            cancellationToken);
        return missing.Count > 0
            ? null
            : Adapter.FindAsync(ConnectionId, criteria with { Values = fields.Entries.ToList() }, cancellationToken)
                .Select(r => r.ExternalId);
    }

    private async Task CreateInternalAsync(
        EntityType entityType, SyncState state, ExternalRecord theirs, FieldMap fields, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("D");
        var write = new InternalWrite(entityType, id, 0, new CanonicalRecord(entityType, id, SchemaVersions.Current, fields));
        var vector = state.Vector.ObserveExternalChange();
        var created = state with
        {
            InternalId = id,
            ExternalToken = theirs.VersionToken,
            Vector = context.Marker(vector, write.NewVersion, vector.ExternalVersion),
            Base = fields,
            Status = RecordSyncStatus.Synced,
            Message = null,
        };
        await CommitAsync(write, created, [Result(entityType, created, ChangeDirection.Inbound, ResultAction.Created, null)], cancellationToken);
    }
}
