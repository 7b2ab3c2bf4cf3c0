using Microsoft.EntityFrameworkCore;
using Quartz;
using Quartz.Extensibility;
using SyncConsole.Data;

namespace SyncConsole.Jobs;

/// <summary>Reads and drives the Quartz scheduler for the console (what a Hangfire-style dashboard offers).</summary>
public sealed partial class ScheduledJobsService(
    ISchedulerFactory schedulers, IDbContextFactory<SyncConsoleDbContext> contexts, IExecutionHistoryStore history)
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

    public async Task<IReadOnlyList<ScheduledJobView>> ListAsync(CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var views = new List<ScheduledJobView>();
        foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), cancellationToken))
        {
            var detail = await scheduler.GetJobDetail(key, cancellationToken);
            var triggers = await scheduler.GetTriggersOfJob(key, cancellationToken);
            var paused = false;
            foreach (var trigger in triggers)
            {
                paused |= await scheduler.GetTriggerState(trigger.Key, cancellationToken) == TriggerState.Paused;
            }

            views.Add(new ScheduledJobView(
                key.Group,
                key.Name,
                detail?.Description,
                triggers.Select(t => t.NextFireTimeUtc).Where(t => t.HasValue).Min(),
                triggers.Select(t => t.PreviousFireTimeUtc).Where(t => t.HasValue).Max(),
                paused));
        }

        return [.. views.OrderBy(v => v.Group, StringComparer.Ordinal).ThenBy(v => v.Name, StringComparer.Ordinal)];
    }

    public async Task TriggerNowAsync(string group, string name, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.TriggerJob(new JobKey(name, group), cancellationToken);
    }

    public async Task SetPausedAsync(string group, string name, bool paused, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var key = new JobKey(name, group);
        await (paused ? scheduler.PauseJob(key, cancellationToken) : scheduler.ResumeJob(key, cancellationToken));
    }

    internal static string ShortTypeName(string typeName) =>
        typeName.Split(',')[0].Split('.')[^1];

    public async Task<IReadOnlyList<HousekeepingRun>> RecentHousekeepingRunsAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.HousekeepingRuns.AsNoTracking()
            .OrderByDescending(r => r.Id)
            .Take(count)
            .ToListAsync(cancellationToken);
    }
}
