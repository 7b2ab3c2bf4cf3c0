using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Quartz;
using Quartz.Extensibility;
using SyncConsole.Data;
using SyncConsole.SyncJobs;

namespace SyncConsole.Jobs;

/// <summary>
/// Reads and drives the Quartz scheduler for the console (what a Hangfire-style dashboard offers), scoped to the
/// caller: a viewer or operator sees the jobs of their own tenant's connections only, an admin every tenant's and the
/// system jobs (see <see cref="JobCaller"/>). Every read and action checks the caller here, not in the page.
/// </summary>
public sealed partial class ScheduledJobsService(
    ISchedulerFactory schedulers, IDbContextFactory<SyncConsoleDbContext> contexts, IExecutionHistoryStore history,
    IAuthorizationService authorization, JobOwners owners, SyncJobService syncJobs)
{
    public async Task<SchedulerSummary> GetSummaryAsync(CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var metadata = await scheduler.GetMetadata(cancellationToken);
        return new SchedulerSummary(
            metadata.SchedulerInstanceId,
            ShortTypeName(metadata.JobStoreTypeName),
            metadata.JobStorePersistent,
            metadata.JobStoreClustered,
            metadata.Status == SchedulerStatus.Running,
            metadata.LocalExecutingJobs);
    }

    /// <summary>
    /// The schedules the caller sees, by tenant and title. The polling job is shared by every connection, so it is
    /// listed as its triggers, one per connection and entity (or reconcile), each owned by its connection.
    /// </summary>
    public async Task<IReadOnlyList<ScheduledJobView>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var caller = await JobCaller.ReadAsync(authorization, user);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        List<Schedule> schedules;
        IReadOnlyDictionary<string, JobOwner> known;
        if (caller.IsAdmin)
        {
            schedules = await AllSchedulesAsync(scheduler, cancellationToken);
            known = await owners.OfConnectionsAsync(schedules.Select(s => JobOwners.ConnectionOf(s.Job, s.Trigger)), cancellationToken);
        }
        else if (caller.CanRead)
        {
            var mine = await owners.OfTenantAsync(caller.TenantId, cancellationToken);
            schedules = await TenantSchedulesAsync(scheduler, mine, cancellationToken);
            known = mine.ToDictionary(o => o.ConnectionId, StringComparer.Ordinal);
        }
        else
        {
            return [];
        }

        var views = new List<ScheduledJobView>();
        foreach (var schedule in schedules)
        {
            var view = await ViewAsync(scheduler, schedule, known, cancellationToken);
            if (caller.Sees(view.Owner))
            {
                views.Add(view);
            }
        }

        return [.. views.OrderBy(v => v.Owner?.TenantLabel, StringComparer.Ordinal).ThenBy(v => v.Title, StringComparer.Ordinal)];
    }

    internal static string ShortTypeName(string typeName) =>
        typeName.Split(',')[0].Split('.')[^1];

    /// <summary>The recent runs of the housekeeping job, a system job: admins only (anyone else gets none).</summary>
    public async Task<IReadOnlyList<HousekeepingRun>> RecentHousekeepingRunsAsync(ClaimsPrincipal user, int count, CancellationToken cancellationToken = default)
    {
        if (!(await JobCaller.ReadAsync(authorization, user)).IsAdmin)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.HousekeepingRuns.AsNoTracking()
            .OrderByDescending(r => r.Id)
            .Take(count)
            .ToListAsync(cancellationToken);
    }

    // A schedule row: a whole job, or one trigger of the shared polling job.
    private sealed record Schedule(ScheduleKey Key, JobKey Job, TriggerKey? Trigger, IReadOnlyCollection<ITrigger> Triggers);

    private static async Task<List<Schedule>> AllSchedulesAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        var schedules = new List<Schedule>();
        foreach (var job in await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), cancellationToken))
        {
            var triggers = await scheduler.GetTriggersOfJob(job, cancellationToken);
            schedules.AddRange(job.Equals(ScheduledPollJob.Key) ? triggers.Select(TriggerSchedule) : [JobSchedule(job, triggers)]);
        }

        return schedules;
    }

    // Read key by key from the tenant's connections, so another tenant's jobs are never even loaded.
    private static async Task<List<Schedule>> TenantSchedulesAsync(
        IScheduler scheduler, IReadOnlyList<JobOwner> connections, CancellationToken cancellationToken)
    {
        var schedules = new List<Schedule>();
        foreach (var connection in connections)
        {
            var job = new JobKey(connection.ConnectionId, SyncJobService.QuartzGroup);
            if (await scheduler.Exists(job, cancellationToken))
            {
                schedules.Add(JobSchedule(job, await scheduler.GetTriggersOfJob(job, cancellationToken)));
            }

            foreach (var key in PollingSchedules.TriggerKeysOf(connection.ConnectionId))
            {
                if (await scheduler.GetTrigger(key, cancellationToken) is { } trigger)
                {
                    schedules.Add(TriggerSchedule(trigger));
                }
            }
        }

        return schedules;
    }

    private static Schedule JobSchedule(JobKey job, IReadOnlyCollection<ITrigger> triggers) =>
        new(new ScheduleKey(ScheduleKind.Job, job.Group, job.Name), job, null, triggers);

    private static Schedule TriggerSchedule(ITrigger trigger) =>
        new(new ScheduleKey(ScheduleKind.Trigger, trigger.Key.Group, trigger.Key.Name), trigger.JobKey, trigger.Key, [trigger]);

    private static async Task<ScheduledJobView> ViewAsync(
        IScheduler scheduler, Schedule schedule, IReadOnlyDictionary<string, JobOwner> known, CancellationToken cancellationToken)
    {
        var paused = false;
        foreach (var trigger in schedule.Triggers)
        {
            paused |= await scheduler.GetTriggerState(trigger.Key, cancellationToken) == TriggerState.Paused;
        }

        var description = schedule.Trigger is null
            ? (await scheduler.GetJobDetail(schedule.Job, cancellationToken))?.Description
            : schedule.Triggers.Single().Description;
        var (owner, title) = JobOwners.Describe(schedule.Job, schedule.Trigger, known);
        return new ScheduledJobView(
            schedule.Key,
            title,
            description,
            schedule.Triggers.Select(t => t.NextFireTimeUtc).Where(t => t.HasValue).Min(),
            schedule.Triggers.Select(t => t.PreviousFireTimeUtc).Where(t => t.HasValue).Max(),
            paused,
            owner);
    }
}
