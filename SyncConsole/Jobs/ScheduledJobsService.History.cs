using System.Security.Claims;
using Quartz;

namespace SyncConsole.Jobs;

public sealed partial class ScheduledJobsService
{
    /// <summary>
    /// The firings running now that the caller sees. With the persistent store this is the whole cluster, not just this
    /// node; there are never more than the nodes' worker threads, so they are read at once and narrowed here.
    /// </summary>
    public async Task<IReadOnlyList<RunningJobView>> RunningAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var caller = await JobCaller.ReadAsync(authorization, user);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var page = await scheduler.QueryFireInstances(new FireInstanceQuery { State = FireInstanceState.Executing }, cancellationToken);
        var known = await owners.OfConnectionsAsync(page.Items.Select(f => JobOwners.ConnectionOf(f.JobKey, f.TriggerKey)), cancellationToken);
        return [.. page.Items
            .Where(f => f.JobKey is not null)
            .Select(f => (Firing: f, Subject: JobOwners.Describe(f.JobKey!, f.TriggerKey, known)))
            .Where(r => caller.Sees(r.Subject.Owner))
            .Select(r => new RunningJobView(
                r.Firing.JobKey!.Group, r.Firing.JobKey.Name, r.Firing.TriggerKey.Name, r.Subject.Title, r.Subject.Owner,
                r.Firing.SchedulerInstanceId, r.Firing.FireTimeUtc, r.Firing.Progress))];
    }

    /// <summary>
    /// One page of the execution history the caller sees (newest first), kept by Quartz in the database for every node.
    /// An admin's is one query on the whole history, searched by job key; anyone else's merges their connections'
    /// slices (<see cref="HistorySource"/>), searched by title, each read only as deep as the page.
    /// </summary>
    public async Task<(IReadOnlyList<ExecutionView> Items, int Total)> HistoryAsync(
        ClaimsPrincipal user, HistorySearch search, int skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        var caller = await JobCaller.ReadAsync(authorization, user);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var text = string.IsNullOrWhiteSpace(search.JobContains) ? null : search.JobContains.Trim();
        bool? failed = search.FailedOnly ? true : null;
        if (caller.IsAdmin)
        {
            var page = await history.QueryExecutions(
                new ExecutionHistoryQuery { SchedulerName = scheduler.SchedulerName, JobContains = text, FailedFinally = failed, Skip = skip, Take = take },
                cancellationToken);
            var known = await owners.OfConnectionsAsync(page.Items.Select(ConnectionOf), cancellationToken);
            var items = page.Items.Select(e => View(e, known)).ToList();
            // A store that cannot count says whether more follow; one more row than shown keeps the pager going.
            return (items, page.TotalCount ?? skip + items.Count + (page.HasMore ? 1 : 0));
        }

        var mine = caller.CanRead ? await owners.OfTenantAsync(caller.TenantId, cancellationToken) : [];
        var rows = new List<ExecutionHistoryEntry>();
        var more = false;
        foreach (var source in HistorySource.Of(mine, text))
        {
            // Each slice down to the end of this page: the page is the newest of them all.
            var slice = await history.QueryExecutions(
                new ExecutionHistoryQuery
                {
                    SchedulerName = scheduler.SchedulerName,
                    Job = source.Job,
                    Trigger = source.Trigger,
                    TriggerContains = source.TriggerContains,
                    FailedFinally = failed,
                    Skip = 0,
                    Take = skip + take,
                },
                cancellationToken);
            rows.AddRange(slice.Items);
            more |= slice.HasMore;
        }

        var ownersOfMine = mine.ToDictionary(o => o.ConnectionId, StringComparer.Ordinal);
        var merged = rows
            .OrderByDescending(e => e.FiredAtUtc).ThenBy(e => e.EntryId, StringComparer.Ordinal)
            .Select(e => View(e, ownersOfMine))
            .Where(v => caller.Sees(v.Owner))
            .ToList();
        var shown = merged.Skip(skip).Take(take).ToList();
        return (shown, skip + shown.Count + (more || merged.Count > skip + take ? 1 : 0));
    }

    /// <summary>One recorded run by its entry id, when the caller sees it; null for a run that is gone or not theirs.</summary>
    internal async Task<(JobCaller Caller, ExecutionView? Run)> FindRunAsync(ClaimsPrincipal user, string entryId, CancellationToken cancellationToken)
    {
        var caller = await JobCaller.ReadAsync(authorization, user);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var entry = string.IsNullOrEmpty(entryId) ? null : await history.GetExecution(scheduler.SchedulerName, entryId, cancellationToken);
        if (entry is null)
        {
            return (caller, null);
        }

        var run = View(entry, await owners.OfConnectionsAsync([ConnectionOf(entry)], cancellationToken));
        return (caller, caller.Sees(run.Owner) ? run : null);
    }

    /// <summary>
    /// Runs a job again now, with the data its trigger carried, or without when that trigger is gone. For system jobs:
    /// a connection's runs are retried as sync jobs (<see cref="FailedRunRetry"/>).
    /// </summary>
    internal async Task RefireAsync(ExecutionView execution, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(execution);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var trigger = await scheduler.GetTrigger(new TriggerKey(execution.TriggerName, execution.TriggerGroup), cancellationToken);
        var job = new JobKey(execution.JobName, execution.JobGroup);
        await (trigger is null
            ? scheduler.TriggerJob(job, cancellationToken)
            : scheduler.TriggerJob(job, trigger.JobDataMap, cancellationToken));
    }

    private static string? ConnectionOf(ExecutionHistoryEntry entry) =>
        JobOwners.ConnectionOf(new JobKey(entry.JobName, entry.JobGroup), new TriggerKey(entry.TriggerName, entry.TriggerGroup));

    private static ExecutionView View(ExecutionHistoryEntry e, IReadOnlyDictionary<string, JobOwner> known)
    {
        var (owner, title) = JobOwners.Describe(new JobKey(e.JobName, e.JobGroup), new TriggerKey(e.TriggerName, e.TriggerGroup), known);
        return new ExecutionView(
            e.EntryId, e.JobGroup, e.JobName, e.TriggerGroup, e.TriggerName, title, owner, e.SchedulerInstanceId, e.FiredAtUtc, e.Duration,
            ResultName(e.EffectiveResult), e.ExceptionMessage, e.Manual);
    }

    private static string ResultName(JobRunResult result) => result switch
    {
        JobRunResult.Succeeded => "succeeded",
        JobRunResult.Failed => "failed",
        JobRunResult.Cancelled => "cancelled",
        JobRunResult.Skipped => "skipped",
    };
}
