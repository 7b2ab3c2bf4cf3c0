using Microsoft.Extensions.Options;
using SyncConsole.Core.Matching;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;

namespace SyncConsole.Core.Orchestration;

/// <summary>
/// Runs sync jobs. For every enabled entity type, in the provider's dependency order, it first retries unsettled
/// records, then streams the provider's change feed (inbound-capable rules) and our change feed (outbound-capable
/// rules) page by page. A page's states are read in one go and its purely local decisions commit together at the
/// page's end (one transaction, see <see cref="PageBatch"/>); a decision with a provider write commits its write-ahead
/// intent and its outcome at once. Each page's cursor is stored once the page is done, so a killed job resumes after
/// its last finished page, and redoing a partly done page is harmless (decisions are idempotent: a reconciled record is
/// in sync, and provider writes carry deterministic idempotency keys).
/// </summary>
public sealed class SyncOrchestrator
{
    /// <summary>The error of a job that failed because the provider no longer honours the connection's grant.</summary>
    public const string NeedsReauthorizationError = "The connection needs to be reauthorized.";

    private readonly ISyncProviderRegistry _providers;
    private readonly IInternalRecordStore _records;
    private readonly ISyncStateStore _states;
    private readonly IConflictStore _conflicts;
    private readonly IJobProgressSink _progress;
    private readonly TimeProvider _clock;
    private readonly MatchingOptions _matching;
    private readonly SyncMarker _marker;

    /// <summary>Creates the orchestrator from the core's ports.</summary>
    public SyncOrchestrator(
        ISyncProviderRegistry providers, IInternalRecordStore records, ISyncStateStore states, IConflictStore conflicts,
        IJobProgressSink progress, TimeProvider clock, IOptions<MatchingOptions> matching)
        : this(providers, records, states, conflicts, progress, clock, matching, (v, i, e) => v.MarkSynced(i, e))
    {
    }

    /// <summary>Test seam: the same, with another way of marking a record synced.</summary>
    internal SyncOrchestrator(
        ISyncProviderRegistry providers, IInternalRecordStore records, ISyncStateStore states, IConflictStore conflicts,
        IJobProgressSink progress, TimeProvider clock, IOptions<MatchingOptions> matching, SyncMarker marker)
    {
        ArgumentNullException.ThrowIfNull(matching);
        _providers = providers;
        _records = records;
        _states = states;
        _conflicts = conflicts;
        _progress = progress;
        _clock = clock;
        _matching = matching.Value;
        _marker = marker;
    }

    /// <summary>
    /// Runs one job to the end (or to the first safe point after cancellation). Record-level failures are recorded
    /// per record and make the job partially succeeded; anything else fails the job with its message.
    /// </summary>
    public async Task<SyncJobOutcome> RunAsync(SyncJobRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var provider = _providers.Resolve(request.ProviderId);
        var context = new SyncContext(request, provider, _records, _states, _conflicts, _clock, _matching, _marker);
        var entities = provider.Strategy.EntityOrder
            .Where(e => context.RuleFor(e).Enabled)
            .Where(e => request.JobType != SyncJobType.Entity || request.EntityTypes.Contains(e))
            .ToList();
        try
        {
            if (await provider.Adapter.AuthenticateAsync(request.ConnectionId, cancellationToken)
                == AuthenticationStatus.NeedsReauthentication)
            {
                return Outcome(context, JobStatus.Failed, NeedsReauthorizationError);
            }

            for (var i = 0; i < entities.Count; i++)
            {
                await RunEntityAsync(context, entities[i], cancellationToken);
                await ReportAsync(context, (i + 1) / (double)entities.Count, cancellationToken);
            }

            return Outcome(context, context.AnyFailed ? JobStatus.PartiallySucceeded : JobStatus.Succeeded, null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // A cancelled job stops cleanly: the decisions its current page already made are kept.
            await context.Batch.FlushAsync(CancellationToken.None);
            await FlushResultsAsync(context, CancellationToken.None);
            return Outcome(context, JobStatus.Cancelled, null);
        }
        catch (ReauthorizationRequiredException)
        {
            // The grant went away mid-job (revoked at the provider, say): nothing more can be read or written.
            await context.Batch.AbandonAsync();
            await TryFlushResultsAsync(context);
            return Outcome(context, JobStatus.Failed, NeedsReauthorizationError);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not swallowed: the job ends failed with the error, committed records and pages stay committed, and the
            // results of the records decided so far are still recorded. The current page's held commits are dropped, as
            // a crash would drop them: its cursor is not stored, so the next job redoes the page.
            await context.Batch.AbandonAsync();
            await TryFlushResultsAsync(context);
            return Outcome(context, JobStatus.Failed, ex.Message) with { Failure = ex };
        }
    }

    private async Task RunEntityAsync(SyncContext context, EntityType entityType, CancellationToken cancellationToken)
    {
        var sync = new RecordSynchronizer(context);
        var rule = context.RuleFor(entityType);
        var capabilities = context.CapabilitiesOf(entityType);
        var connection = context.ConnectionId;
        await foreach (var state in _states.ListUnsettledAsync(connection, entityType, cancellationToken))
        {
            await sync.SyncUnsettledAsync(state, cancellationToken);
        }

        await FlushResultsAsync(context, cancellationToken);
        var full = context.Request.JobType is SyncJobType.Full or SyncJobType.Reconcile;
        if (rule.AllowsInbound && capabilities.CanRead)
        {
            var cursor = full ? null : await _states.GetCursorAsync(connection, entityType, CursorSide.External, cancellationToken);
            var committing = new PageCheckpoint(this, context, entityType, CursorSide.External);
            await foreach (var page in context.Provider.Adapter.ReadPagesAsync(connection, entityType, cursor, cancellationToken).OnePageAhead(cancellationToken))
            {
                context.Count(entityType, page.Records.Count);
                var records = page.Records.GroupBy(r => r.ExternalId).Select(g => g.Last()).ToList();
                await context.Batch.BeginAsync(entityType, [.. records.Select(r => r.ExternalId)], [], cancellationToken);
                foreach (var record in records)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await sync.SyncExternalAsync(entityType, record, 0, cancellationToken);
                }

                await committing.EndPageAsync(page.NextCursor, cancellationToken);
            }

            await committing.SettleAsync(cancellationToken);
        }

        if (rule.AllowsOutbound && capabilities.CanWrite)
        {
            var cursor = full ? null : await _states.GetCursorAsync(connection, entityType, CursorSide.Internal, cancellationToken);
            var committing = new PageCheckpoint(this, context, entityType, CursorSide.Internal);
            await foreach (var page in _records.ReadPagesAsync(entityType, cursor, cancellationToken))
            {
                context.Count(entityType, page.Records.Count);
                var records = page.Records.GroupBy(r => r.Id).Select(g => g.Last()).ToList();
                await context.Batch.BeginAsync(entityType, [], [.. records.Select(r => r.Id)], cancellationToken);
                foreach (var record in records)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await sync.SyncInternalAsync(entityType, record, 0, cancellationToken);
                }

                await committing.EndPageAsync(page.NextCursor, cancellationToken);
            }

            await committing.SettleAsync(cancellationToken);
        }
    }

    /// <summary>
    /// A feed's pages in commit order: a page's cursor is stored only once its commit (running in the background while
    /// the next page is decided) is settled, so a killed job still resumes after its last committed page.
    /// </summary>
    private sealed class PageCheckpoint(SyncOrchestrator orchestrator, SyncContext context, EntityType entityType, CursorSide side)
    {
        private string? _committingCursor;

        /// <summary>Ends a page: the one before it is settled and checkpointed, and this one starts committing.</summary>
        public async Task EndPageAsync(string nextCursor, CancellationToken cancellationToken)
        {
            await context.Batch.EndAsync(cancellationToken);
            await CheckpointPreviousAsync(cancellationToken);
            _committingCursor = nextCursor;
        }

        /// <summary>Settles and checkpoints the last page.</summary>
        public async Task SettleAsync(CancellationToken cancellationToken)
        {
            await context.Batch.SettleAsync(cancellationToken);
            await CheckpointPreviousAsync(cancellationToken);
        }

        private async Task CheckpointPreviousAsync(CancellationToken cancellationToken)
        {
            if (_committingCursor is { } cursor)
            {
                _committingCursor = null;
                await orchestrator.CheckpointAsync(context, entityType, side, cursor, cancellationToken);
            }
        }
    }

    private async Task CheckpointAsync(
        SyncContext context, EntityType entityType, CursorSide side, string cursor, CancellationToken cancellationToken)
    {
        if (!context.DryRun)
        {
            await _states.SaveCursorAsync(context.ConnectionId, entityType, side, cursor, cancellationToken);
        }

        await FlushResultsAsync(context, cancellationToken);
        await ReportAsync(context, null, cancellationToken);
    }

    private async Task FlushResultsAsync(SyncContext context, CancellationToken cancellationToken)
    {
        if (context.PendingResults.Count > 0 && !context.DryRun)
        {
            await _progress.RecordResultsAsync(context.Request.JobId, context.PendingResults.ToList(), cancellationToken);
        }

        context.PendingResults.Clear();
    }

    // The job is failing already (often because the database went away): results that cannot be stored are given up
    // rather than letting the failure escape, so the job still ends failed with its error and counts.
    private async Task TryFlushResultsAsync(SyncContext context)
    {
        try
        {
            await FlushResultsAsync(context, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            context.PendingResults.Clear();
        }
    }

    private Task ReportAsync(SyncContext context, double? progress, CancellationToken cancellationToken)
    {
        context.Progress = progress ?? context.Progress;
        return _progress.ReportAsync(new JobProgress(context.Request.JobId, context.Progress, context.Summaries), cancellationToken);
    }

    private static SyncJobOutcome Outcome(SyncContext context, JobStatus status, string? error) =>
        new(context.Request.JobId, status, context.Summaries, context.Plan.ToList(), error);
}
