using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;

namespace SyncConsole.Core.Orchestration;

/// <summary>
/// Decides and carries out the sync of one record: links unlinked records (matching first), reconciles linked ones
/// (version vector, three-way merge, deletes, conflicts) and syncs missing dependencies first.
/// </summary>
internal sealed partial class RecordSynchronizer(SyncContext context)
{
    private const int MaxDependencyDepth = 3;

    // The provider token recorded for a record the provider no longer returns.
    private const string MissingToken = "(missing)";

    private string ConnectionId => context.ConnectionId;

    private IIntegrationAdapter Adapter => context.Provider.Adapter;

    /// <summary>Syncs a provider record read from the provider's change feed (or fetched as a dependency).</summary>
    public Task SyncExternalAsync(EntityType entityType, ExternalRecord theirs, int depth, CancellationToken cancellationToken) =>
        GuardAsync(entityType, null, theirs.ExternalId, ChangeDirection.Inbound, async () =>
        {
            var state = await context.States.FindByExternalIdAsync(ConnectionId, entityType, theirs.ExternalId, cancellationToken);
            await SyncAsync(entityType, state, null, theirs, depth, cancellationToken);
        }, cancellationToken);

    /// <summary>Syncs one of our records read from our change feed (or fetched as a dependency).</summary>
    public Task SyncInternalAsync(EntityType entityType, InternalRecord ours, int depth, CancellationToken cancellationToken) =>
        GuardAsync(entityType, ours.Id, null, ChangeDirection.Outbound, async () =>
        {
            var state = await context.States.FindByInternalIdAsync(ConnectionId, entityType, ours.Id, cancellationToken);
            if (context.Reconciling ? context.Compared.Contains(state?.StateId ?? "") : IsSettledAt(state, ours))
            {
                // Our feed shows a write the last sync already covered (typically the inbound write that sync made):
                // nothing to push, and the provider's own changes come through its feed or a webhook, so no read.
                // A reconcile job trusts no counter, only its own comparison earlier in this job.
                Record(entityType, state!, ChangeDirection.Outbound, ResultAction.Skipped, "Already in sync.");
                return;
            }

            await SyncAsync(entityType, state, ours, null, depth, cancellationToken);
        }, cancellationToken);

    private static bool IsSettledAt(SyncState? state, InternalRecord ours) =>
        state is { ExternalId: not null, PendingWrite: null, Removed: false, Status: RecordSyncStatus.Synced, Base: not null }
        && !ours.IsDeleted
        && state.Vector.ObserveInternal(ours.Version).Decide() == SyncDecision.InSync;

    /// <summary>Retries a record left failed, in conflict or with a provider write in flight.</summary>
    public Task SyncUnsettledAsync(SyncState state, CancellationToken cancellationToken) =>
        GuardAsync(state.EntityType, state.InternalId, state.ExternalId, ChangeDirection.Outbound,
            () => SyncAsync(state.EntityType, state, null, null, 0, cancellationToken), cancellationToken);

    private async Task SyncAsync(
        EntityType entityType, SyncState? state, InternalRecord? ours, ExternalRecord? theirs, int depth,
        CancellationToken cancellationToken)
    {
        var rule = context.RuleFor(entityType);
        if (!rule.Enabled)
        {
            return;
        }

        if (state is { Removed: true })
        {
            Record(entityType, state, ChangeDirection.Inbound, ResultAction.Skipped, "Removed on both sides.");
            return;
        }

        if (state is { PendingWrite: not null } && !context.DryRun)
        {
            // Both sides may have moved with the replay: read them afresh.
            state = await ReplayPendingAsync(state, cancellationToken);
            (ours, theirs) = (null, null);
        }

        if (ours is null && state?.InternalId is { } internalId)
        {
            ours = await context.Records.GetAsync(entityType, internalId, cancellationToken);
        }

        if (theirs is null && state?.ExternalId is { } externalId)
        {
            theirs = await Adapter.GetAsync(ConnectionId, entityType, externalId, cancellationToken)
                ?? new ExternalRecord(externalId, MissingToken, null, true, null);
        }

        var conflict = state is null ? null : await context.Conflicts.FindActiveAsync(ConnectionId, state.StateId, cancellationToken);
        if (state?.ExternalId is null && ours is not null)
        {
            await LinkOursAsync(entityType, state, ours, conflict, depth, cancellationToken);
        }
        else if (state?.InternalId is null && theirs is not null)
        {
            await LinkTheirsAsync(entityType, state, theirs, conflict, depth, cancellationToken);
        }
        else if (state is not null)
        {
            await ReconcileAsync(entityType, state, ours, theirs!, conflict, depth, cancellationToken);
        }
    }

    private async Task GuardAsync(
        EntityType entityType, string? recordId, string? externalId, ChangeDirection direction, Func<Task> body,
        CancellationToken cancellationToken)
    {
        try
        {
            await body();
        }
        catch (Exception ex) when (ex is RecordSyncException or SyncConcurrencyException)
        {
            // A record-level failure fails the record, not the job: it is recorded and retried by the next job.
            var state = await FindStateAsync(entityType, recordId, externalId, cancellationToken)
                ?? SyncState.New(ConnectionId, entityType, recordId, externalId);
            if (!context.DryRun)
            {
                await context.States.SaveAsync(
                    state with { Status = RecordSyncStatus.Failed, Message = ex.Message }, cancellationToken);
            }

            context.Record(new RecordResult(entityType, state.InternalId, state.ExternalId, direction,
                ResultAction.Failed, ex.Message, context.Clock.GetUtcNow(), [])
            { Permanent = ex is RecordSyncException { Permanent: true } });
        }
    }

    private async Task<SyncState?> FindStateAsync(
        EntityType entityType, string? recordId, string? externalId, CancellationToken cancellationToken) =>
        recordId is not null
            ? await context.States.FindByInternalIdAsync(ConnectionId, entityType, recordId, cancellationToken)
            : externalId is not null
                ? await context.States.FindByExternalIdAsync(ConnectionId, entityType, externalId, cancellationToken)
                : null;

    /// <summary>Records the result of a decision that commits nothing.</summary>
    private void Record(
        EntityType entityType, SyncState state, ChangeDirection direction, ResultAction action, string? message,
        IReadOnlyList<FieldResolution>? resolutions = null) =>
        context.Record(Result(entityType, state, direction, action, message, resolutions));

    private RecordResult Result(
        EntityType entityType, SyncState state, ChangeDirection direction, ResultAction action, string? message,
        IReadOnlyList<FieldResolution>? resolutions = null) =>
        new(entityType, state.InternalId, state.ExternalId, direction, action, message, context.Clock.GetUtcNow(), resolutions ?? []);
}
