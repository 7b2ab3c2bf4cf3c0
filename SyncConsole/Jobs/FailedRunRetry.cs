using SyncConsole.SyncJobs;

namespace SyncConsole.Jobs;

/// <summary>
/// Retries a failed run from the Background jobs page. A run of a connection's sync Quartz job is retried as the sync
/// job it ran, through <see cref="SyncJobService.RetryAsync"/> exactly as the job page does: a new job pointing back
/// at the failed one, with the same rules (failed or cancelled jobs only, the tenant's own jobs only, operators only)
/// and the same audit entry. Firing the Quartz job again would not do: it carries the old job's id, and the sync job
/// skips a job that has finished. Every other job is fired again with the data its trigger carried.
/// </summary>
public sealed class FailedRunRetry(ScheduledJobsService scheduler, SyncJobQueries queries, SyncJobService jobs)
{
    public async Task<RunRetry> RetryAsync(ExecutionView run, Guid tenantId, string actor, bool canOperate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.JobGroup != SyncJobService.QuartzGroup)
        {
            await scheduler.RetryAsync(run, cancellationToken);
            return new RunRetry(RunRetryOutcome.Refired);
        }

        if (!canOperate)
        {
            return new RunRetry(RunRetryOutcome.Refused, Reason: "Retrying a sync job needs the operator role.");
        }

        if (SyncJobService.JobIdOfTrigger(run.TriggerGroup, run.TriggerName) is not { } jobId)
        {
            return new RunRetry(RunRetryOutcome.Refused, Reason: "This run was fired by hand and names no sync job; start a new one from Sync jobs.");
        }

        // Another tenant's job reads exactly like one that does not exist.
        var row = await queries.FindAsync(tenantId, jobId, cancellationToken);
        if (row is null)
        {
            return new RunRetry(RunRetryOutcome.Refused, Reason: "The sync job of this run does not exist (or is not your tenant's).");
        }

        if (!SyncJobService.CanRetry(row))
        {
            return new RunRetry(RunRetryOutcome.Refused, row.Id, $"The sync job is {row.Status}; only failed or cancelled jobs can be retried.");
        }

        var retry = await jobs.RetryAsync(row, actor, cancellationToken);
        return new RunRetry(RunRetryOutcome.SyncJobRetried, retry.Id);
    }
}
