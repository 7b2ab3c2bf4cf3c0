using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;
using SyncConsole.Core.Orchestration;
using SyncConsole.Data;
using SyncConsole.DeadLetters;
using SyncConsole.Integrations;
using SyncConsole.Tenancy;

namespace SyncConsole.SyncJobs;

/// <summary>
/// Runs one requested sync job with Core's orchestrator in its own DI scope. The Quartz job is per connection and
/// disallows concurrency, so a connection's jobs run one at a time across the cluster; it requests recovery, so a
/// job whose node died is fired again on another node and resumes from its committed cursors.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class SyncQuartzJob(
    IServiceScopeFactory scopes, IDbContextFactory<SyncConsoleDbContext> contexts, SyncRuleService rules,
    SyncJobBroadcaster broadcaster, SyncJobService jobs, IOptions<DeadLetterOptions> retries, TimeProvider time,
    ILogger<SyncQuartzJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var jobId = context.MergedJobDataMap.GetString(SyncJobService.JobIdKey)!;
        var row = await StartAsync(jobId, context.Scheduler.SchedulerInstanceId, cancellationToken);
        if (row is null)
        {
            return;
        }

        LogStarted(logger, row.Id, row.Node!, row.Attempts);
        try
        {
            await RunAsync(row, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // Something outside the orchestrator's own error handling broke (the rules could not be read, the
            // database failed between pages): the job is recorded as failed, so it can be retried as a new job, and
            // the Quartz run fails with the same exception (the Background jobs page lists it). Not while the node
            // shuts down: then the job stays as it is, for recovery to run it again.
            await FailAsync(row, ex);
            throw;
        }
    }

    private async Task RunAsync(SyncJobRow row, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var tenant = scope.ServiceProvider.GetRequiredService<TenantScope>();
        tenant.Set(row.TenantId);
        tenant.Actor = $"job:{row.Id}";
        var cancellation = scope.ServiceProvider.GetRequiredService<JobCancellation>();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, cancellation.Token);
        var request = new SyncJobRequest
        {
            JobId = row.Id,
            ConnectionId = row.ConnectionId,
            ProviderId = row.IntegrationId,
            JobType = SyncJobWireNames.ParseJobType(row.JobType),
            EntityTypes = SyncJobJson.ReadEntityTypes(row.EntityTypesJson),
            Rules = await rules.GetAsync(row.TenantId, row.IntegrationId, cancellationToken),
            DryRun = row.DryRun,
        };
        var outcome = await scope.ServiceProvider.GetRequiredService<SyncOrchestrator>().RunAsync(request, linked.Token);
        if (outcome.Status == JobStatus.Failed && TransientFailures.IsTransient(outcome.Failure) && row.RetryAttempt < retries.Value.JobRetryAttempts)
        {
            await RetryLaterAsync(row, outcome);
            return;
        }

        await FinishAsync(row, outcome);
        LogFinished(logger, row.Id, outcome.Status.ToWireName());
    }

    // A transient failure: the job waits queued, keeps its committed pages and records, and fires again after an
    // exponential backoff with a new trigger (the attempt number is on the row, so a recovered node continues it).
    private async Task RetryLaterAsync(SyncJobRow started, SyncJobOutcome outcome)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        var row = await db.SyncJobs.SingleAsync(j => j.Id == started.Id);
        row.RetryAttempt++;
        var at = now + retries.Value.JobRetryDelay(row.RetryAttempt);
        row.Status = JobStatus.Queued.ToWireName();
        row.NextRetryAt = at;
        row.HeartbeatAt = now;
        row.EntitiesJson = SyncJobJson.WriteEntities(outcome.Entities);
        row.Error = $"{outcome.Error} (transient; retry {row.RetryAttempt} of {retries.Value.JobRetryAttempts} at {at:O})";
        await db.SaveChangesAsync(CancellationToken.None);
        await jobs.ScheduleRetryAsync(row, at, CancellationToken.None);
        broadcaster.Progress(row.TenantId, row.Id, row.Status, row.Progress, outcome.Entities);
        LogRetry(logger, row.Id, row.RetryAttempt, at, outcome.Error);
    }

    private async Task FailAsync(SyncJobRow started, Exception failure)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
            var row = await db.SyncJobs.SingleAsync(j => j.Id == started.Id);
            var now = time.GetUtcNow();
            row.Status = JobStatus.Failed.ToWireName();
            row.Error = failure.Message;
            row.FinishedAt = now;
            row.HeartbeatAt = now;
            row.NextRetryAt = null;
            await db.SaveChangesAsync(CancellationToken.None);
            // Pages reload a finished job from its row, where its counts so far are kept.
            broadcaster.Finished(row.TenantId, row.Id, row.Status, row.Progress, []);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The original failure is what the Quartz run reports; this one is only logged.
            LogFailNotRecorded(logger, ex, started.Id);
        }
    }

    // Claims the job: a cancelled or finished one is skipped; a recovered one (its node died) runs again.
    private async Task<SyncJobRow?> StartAsync(string jobId, string node, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.SyncJobs.SingleOrDefaultAsync(j => j.Id == jobId, cancellationToken);
        if (row is null || row.CancelRequested || SyncJobWireNames.IsFinished(row.Status))
        {
            return null;
        }

        row.Status = JobStatus.Running.ToWireName();
        row.StartedAt ??= time.GetUtcNow();
        row.HeartbeatAt = time.GetUtcNow();
        row.Node = node;
        row.Attempts++;
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    private async Task FinishAsync(SyncJobRow started, SyncJobOutcome outcome)
    {
        var now = time.GetUtcNow();
        var status = outcome.Status.ToWireName();
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        var row = await db.SyncJobs.SingleAsync(j => j.Id == started.Id);
        row.Status = status;
        row.Progress = outcome.Status is JobStatus.Succeeded or JobStatus.PartiallySucceeded ? 1 : row.Progress;
        row.EntitiesJson = SyncJobJson.WriteEntities(outcome.Entities);
        row.PlanJson = row.DryRun ? SyncJobJson.WritePlan(outcome.Plan) : null;
        row.Error = outcome.Error;
        row.FinishedAt = now;
        row.HeartbeatAt = now;
        row.NextRetryAt = null;
        var connection = await db.Connections.SingleOrDefaultAsync(c => c.Id == row.ConnectionId);
        if (connection is not null && !row.DryRun)
        {
            connection.LastSyncAt = outcome.Status is JobStatus.Succeeded or JobStatus.PartiallySucceeded ? now : connection.LastSyncAt;
            connection.Status = outcome.Error == SyncOrchestrator.NeedsReauthorizationError ? ConnectionStatuses.NeedsReauth : connection.Status;
        }

        await db.SaveChangesAsync(CancellationToken.None);
        broadcaster.Finished(row.TenantId, row.Id, status, row.Progress, outcome.Entities);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sync job {JobId} started on node {Node}, attempt {Attempt}")]
    private static partial void LogStarted(ILogger logger, string jobId, string node, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sync job {JobId} failed transiently; retry {Attempt} at {At}: {Error}")]
    private static partial void LogRetry(ILogger logger, string jobId, int attempt, DateTimeOffset at, string? error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sync job {JobId} failed and the failure could not be recorded on its row")]
    private static partial void LogFailNotRecorded(ILogger logger, Exception exception, string jobId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sync job {JobId} finished: {Status}")]
    private static partial void LogFinished(ILogger logger, string jobId, string status);
}
