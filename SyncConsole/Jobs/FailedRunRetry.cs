using System.Security.Claims;
using Quartz;
using SyncConsole.SyncJobs;

namespace SyncConsole.Jobs;

/// <summary>
/// Retries a failed run from the Background jobs page, named by its history entry and read back from the history, so
/// the page is never trusted with what the run was or whose: another tenant's run reads as not found, a viewer is
/// refused. A run of a connection's sync Quartz job is retried as the sync job it ran, through
/// <see cref="SyncJobService.RetryAsync"/> exactly as the job page does: a new job pointing back at the failed one,
/// with the same rules (failed or cancelled jobs only) and the same audit entry. Firing the Quartz job again would not
/// do: it carries the old job's id, and the sync job skips a job that has finished. A run of a connection's polling
/// trigger queues the sync that trigger polls for. A system job (admins only) is fired again with its trigger's data.
/// </summary>
public sealed class FailedRunRetry(ScheduledJobsService scheduler, SyncJobQueries queries, SyncJobService jobs)
{
    public async Task<JobAction> RetryAsync(ClaimsPrincipal user, string entryId, CancellationToken cancellationToken)
    {
        var (caller, run) = await scheduler.FindRunAsync(user, entryId, cancellationToken);
        if ((run is null ? JobAction.NotFound : caller.Refusal(run.Owner)) is { } refusal)
        {
            return refusal;
        }

        if (run!.Owner is not { } owner)
        {
            await scheduler.RefireAsync(run, cancellationToken);
            return new JobAction(JobActionOutcome.Done);
        }

        if (PollingSchedules.SyncOfTrigger(new TriggerKey(run.TriggerName, run.TriggerGroup)) is { } polled)
        {
            return await scheduler.RequestSyncAsync(owner, polled.JobType, polled.EntityType, caller.Actor, cancellationToken);
        }

        if (SyncJobService.JobIdOfTrigger(run.TriggerGroup, run.TriggerName) is not { } jobId)
        {
            return JobAction.Refused("This run was fired by hand and names no sync job; start a new one from Sync jobs.");
        }

        // The owner's tenant: the caller sees the run, so it is theirs, or they are an admin.
        var row = await queries.FindAsync(owner.TenantId, jobId, cancellationToken);
        if (row is null)
        {
            return JobAction.Refused("The sync job of this run no longer exists.");
        }

        if (!SyncJobService.CanRetry(row))
        {
            return JobAction.Refused($"The sync job is {row.Status}; only failed or cancelled jobs can be retried.", row.Id);
        }

        var retry = await jobs.RetryAsync(row, caller.Actor, cancellationToken);
        return new JobAction(JobActionOutcome.SyncJobQueued, retry.Id);
    }
}
