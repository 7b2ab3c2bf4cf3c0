using System.Security.Claims;
using Quartz;
using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Schema;
using SyncConsole.SyncJobs;

namespace SyncConsole.Jobs;

public sealed partial class ScheduledJobsService
{
    /// <summary>
    /// Runs a schedule now. A connection's schedule queues a real sync job through <see cref="SyncJobService"/>, as the
    /// API and the polling trigger do: its polling or reconcile trigger the sync it polls for, its sync job an
    /// incremental sync (firing that Quartz job by hand would carry no sync job and do nothing). A system job is fired.
    /// </summary>
    public async Task<JobAction> RunNowAsync(ClaimsPrincipal user, ScheduleKey key, CancellationToken cancellationToken = default)
    {
        var (caller, target, refusal) = await FindAsync(user, key, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var (job, trigger, owner) = target!;
        if (owner is null)
        {
            await (await schedulers.GetScheduler(cancellationToken)).TriggerJob(job, cancellationToken);
            return new JobAction(JobActionOutcome.Done);
        }

        return (trigger is null ? null : PollingSchedules.SyncOfTrigger(trigger)) is { } polled
            ? await RequestSyncAsync(owner, polled.JobType, polled.EntityType, caller.Actor, cancellationToken)
            : await RequestSyncAsync(owner, SyncJobType.Incremental, null, caller.Actor, cancellationToken);
    }

    /// <summary>Pauses or resumes a schedule: a whole job with its triggers, or one polling trigger.</summary>
    public async Task<JobAction> SetPausedAsync(ClaimsPrincipal user, ScheduleKey key, bool paused, CancellationToken cancellationToken = default)
    {
        var (_, target, refusal) = await FindAsync(user, key, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var (job, trigger, _) = target!;
        if (trigger is null)
        {
            await (paused ? scheduler.PauseJob(job, cancellationToken) : scheduler.ResumeJob(job, cancellationToken));
        }
        else
        {
            await (paused ? scheduler.PauseTrigger(trigger, cancellationToken) : scheduler.ResumeTrigger(trigger, cancellationToken));
        }

        return new JobAction(JobActionOutcome.Done);
    }

    /// <summary>
    /// Queues a manual sync of a connection for <paramref name="actor"/>, or joins the equivalent one already waiting;
    /// refused, as the API refuses it, when the connection is not connected.
    /// </summary>
    internal async Task<JobAction> RequestSyncAsync(
        JobOwner owner, SyncJobType type, EntityType? entity, string actor, CancellationToken cancellationToken)
    {
        if (!owner.Connected)
        {
            return JobAction.Refused($"Connect {owner.IntegrationId} before syncing it.");
        }

        var row = await syncJobs.RequestAsync(
            new SyncJobRequestInput(owner.TenantId, owner.ConnectionId, owner.IntegrationId, type, entity is { } one ? [one] : [], false, "manual", actor),
            cancellationToken);
        return new JobAction(JobActionOutcome.SyncJobQueued, row.Id);
    }

    private sealed record Target(JobKey Job, TriggerKey? Trigger, JobOwner? Owner);

    // The schedule as it is in Quartz now and whom it belongs to, whatever the page showed, with the refusal when the
    // caller may not act on it. The shared polling job itself is no schedule (it is driven through its triggers):
    // fired without a trigger's data it would fail.
    private async Task<(JobCaller Caller, Target? Target, JobAction? Refusal)> FindAsync(ClaimsPrincipal user, ScheduleKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var caller = await JobCaller.ReadAsync(authorization, user);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var (job, trigger) = key.Kind switch
        {
            ScheduleKind.Job => (new JobKey(key.Name, key.Group), (TriggerKey?)null),
            ScheduleKind.Trigger => ((await scheduler.GetTrigger(new TriggerKey(key.Name, key.Group), cancellationToken))?.JobKey, new TriggerKey(key.Name, key.Group)),
        };
        if (job is null || job.Equals(ScheduledPollJob.Key) && trigger is null || !await scheduler.Exists(job, cancellationToken))
        {
            return (caller, null, JobAction.NotFound);
        }

        var known = await owners.OfConnectionsAsync([JobOwners.ConnectionOf(job, trigger)], cancellationToken);
        var owner = JobOwners.Describe(job, trigger, known).Owner;
        return (caller, new Target(job, trigger, owner), caller.Refusal(owner));
    }
}
