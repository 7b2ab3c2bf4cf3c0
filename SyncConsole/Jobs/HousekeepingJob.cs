using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;
using SyncConsole.Data;

namespace SyncConsole.Jobs;

/// <summary>
/// Recurring system upkeep: records that the scheduler is alive on this node, prunes its own old history, and applies
/// the retention of sync job history and delivered notifications.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class HousekeepingJob(
    IDbContextFactory<SyncConsoleDbContext> contexts, HistoryRetention retention, TimeProvider time, IOptions<SchedulerOptions> options) : IJob
{
    public static readonly JobKey Key = new("housekeeping", "system");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = time.GetUtcNow();
        var cutoff = now - options.Value.HousekeepingRetention;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pruned = await db.HousekeepingRuns.Where(r => r.RanAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        pruned += await retention.PruneAsync(now, cancellationToken);
        db.HousekeepingRuns.Add(new HousekeepingRun
        {
            RanAt = now,
            SchedulerInstanceId = context.Scheduler.SchedulerInstanceId,
            PrunedRows = pruned,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
