using Quartz;

namespace SyncConsole.Jobs;

public sealed partial class ScheduledJobsService
{
    /// <summary>The firings running now. With the persistent store this is the whole cluster, not just this node.</summary>
    public async Task<IReadOnlyList<RunningJobView>> RunningAsync(CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var page = await scheduler.QueryFireInstances(new FireInstanceQuery { State = FireInstanceState.Executing }, cancellationToken);
        return [.. page.Items.Select(f => new RunningJobView(
            f.JobKey?.Group ?? "", f.JobKey?.Name ?? "", f.TriggerKey.Name, f.SchedulerInstanceId, f.FireTimeUtc, f.Progress))];
    }

    /// <summary>One page of the execution history (newest first), kept by Quartz in the database for every node.</summary>
    public async Task<(IReadOnlyList<ExecutionView> Items, int Total)> HistoryAsync(
        HistorySearch search, int skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var page = await history.QueryExecutions(
            new ExecutionHistoryQuery
            {
                SchedulerName = scheduler.SchedulerName,
                JobContains = string.IsNullOrWhiteSpace(search.JobContains) ? null : search.JobContains.Trim(),
                FailedFinally = search.FailedOnly ? true : null,
                Skip = skip,
                Take = take,
            },
            cancellationToken);
        var items = page.Items.Select(e => new ExecutionView(
            e.JobGroup, e.JobName, e.TriggerGroup, e.TriggerName, e.SchedulerInstanceId, e.FiredAtUtc, e.Duration,
            ResultName(e.EffectiveResult), e.ExceptionMessage, e.Manual)).ToList();
        // A store that cannot count says whether more follow; one more row than shown keeps the pager going.
        return (items, page.TotalCount ?? skip + items.Count + (page.HasMore ? 1 : 0));
    }

    /// <summary>
    /// Runs a failed job again now, with the data its trigger carried (a polling trigger names its connection and
    /// entity), or without when that trigger is gone.
    /// </summary>
    public async Task RetryAsync(ExecutionView execution, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(execution);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var trigger = await scheduler.GetTrigger(new TriggerKey(execution.TriggerName, execution.TriggerGroup), cancellationToken);
        var job = new JobKey(execution.JobName, execution.JobGroup);
        await (trigger is null
            ? scheduler.TriggerJob(job, cancellationToken)
            : scheduler.TriggerJob(job, trigger.JobDataMap, cancellationToken));
    }

    private static string ResultName(JobRunResult result) => result switch
    {
        JobRunResult.Succeeded => "succeeded",
        JobRunResult.Failed => "failed",
        JobRunResult.Cancelled => "cancelled",
        JobRunResult.Skipped => "skipped",
    };
}
