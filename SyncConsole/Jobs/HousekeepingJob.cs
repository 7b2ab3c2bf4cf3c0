using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;
using SyncConsole.Data;

namespace SyncConsole.Jobs;

/// <summary>
/// Recurring system upkeep. For now it records that the scheduler is alive on this node and prunes its own old
/// history; later retention work (job history, expired OAuth states) joins it here.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class HousekeepingJob(
    IDbContextFactory<SyncConsoleDbContext> contexts, TimeProvider time, IOptions<SchedulerOptions> options) : IJob
{
    public static readonly JobKey Key = new("housekeeping", "system");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = time.GetUtcNow();
        var cutoff = now - options.Value.HousekeepingRetention;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pruned = await db.HousekeepingRuns.Where(r => r.RanAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        db.HousekeepingRuns.Add(new HousekeepingRun
        {
            RanAt = now,
            SchedulerInstanceId = context.Scheduler.SchedulerInstanceId,
            PrunedRows = pruned,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
