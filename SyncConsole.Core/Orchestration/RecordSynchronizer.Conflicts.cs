using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Matching;
using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;

namespace SyncConsole.Core.Orchestration;

/// <summary>Raising and closing conflicts and review items.</summary>
internal sealed partial class RecordSynchronizer
{
    private async Task RaiseConflictAsync(
        EntityType entityType, SyncState state, ConflictRecord? existing, ConflictKind kind, IReadOnlyList<FieldConflict> fields,
        CancellationToken cancellationToken, ChangeDirection direction = ChangeDirection.Inbound, string? message = null)
    {
        // An open conflict is refreshed with the current values; a resolved one whose choices no longer cover the
        // conflict is closed and a new one opened.
        await MarkAppliedAsync(existing is { Status: ConflictStatus.Resolved } ? existing : null, cancellationToken);
        var conflict = existing is { Status: ConflictStatus.Open }
            ? existing with { Kind = kind, Fields = fields, RecordId = state.InternalId, ExternalId = state.ExternalId }
            : new ConflictRecord
            {
                Id = Guid.NewGuid().ToString("D"),
                ConnectionId = ConnectionId,
                EntityType = entityType,
                StateId = state.StateId,
                RecordId = state.InternalId,
                ExternalId = state.ExternalId,
                Kind = kind,
                DetectedAt = context.Clock.GetUtcNow(),
                Fields = fields,
            };
        message ??= $"Needs review: {string.Join(", ", fields.Select(f => f.Field))}.";
        if (!context.DryRun)
        {
            await context.Conflicts.SaveAsync(conflict, cancellationToken);
            await context.States.SaveAsync(state with { Status = RecordSyncStatus.Conflict, Message = message }, cancellationToken);
        }

        if (context.ConflictsRaised.Add(state.StateId))
        {
            Record(entityType, state, direction, ResultAction.Conflict, message);
        }
        else
        {
            Record(entityType, state, direction, ResultAction.Skipped, $"Already raised in this job. {message}");
        }
    }

    private Task RaiseAmbiguousAsync(
        EntityType entityType, SyncState state, CanonicalValue ours, CanonicalValue theirs, ChangeDirection direction,
        MatchOutcome match, CancellationToken cancellationToken) =>
        RaiseConflictAsync(entityType, state, null, ConflictKind.AmbiguousMatch,
            [new FieldConflict(ConflictFields.Match, CanonicalValue.Null, ours, theirs)], cancellationToken, direction,
            $"Ambiguous match by {match.Key}: {match.CandidateIds.Count} candidates; needs review.");

    private async Task MarkAppliedAsync(ConflictRecord? conflict, CancellationToken cancellationToken)
    {
        if (conflict is null || context.DryRun)
        {
            return;
        }

        // An open conflict whose sides came to agree closes itself; a resolved one is now applied.
        var closed = conflict.Status == ConflictStatus.Open
            ? conflict with { Status = ConflictStatus.Resolved, ResolvedBy = "sync", ResolvedAt = context.Clock.GetUtcNow() }
            : conflict;
        await context.Conflicts.SaveAsync(closed with { Applied = true }, cancellationToken);
    }
}
