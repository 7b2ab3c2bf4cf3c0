using Microsoft.EntityFrameworkCore;
using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Ports;
using SyncConsole.Data;
using SyncConsole.DeadLetters;
using SyncConsole.Tenancy;

namespace SyncConsole.SyncJobs;

/// <summary>
/// Where a running job reports: counts and progress on its row (also its heartbeat), the per-record results that came
/// without a commit in one batched insert per page (a commit's results are stored with it by the state store), and live
/// listeners. Each report is also the job's safe point to notice a cancel.
/// </summary>
internal sealed class DatabaseJobProgressSink(
    IDbContextFactory<SyncConsoleDbContext> contexts, TenantScope scope, JobCancellation cancellation,
    SyncJobBroadcaster broadcaster, DeadLetterRecorder deadLetters, TimeProvider time) : IJobProgressSink
{
    public async Task ReportAsync(JobProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var tenantId = scope.TenantId;
        var entities = SyncJobJson.WriteEntities(progress.Entities);
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        await db.SyncJobs.Where(j => j.TenantId == tenantId && j.Id == progress.JobId)
            .ExecuteUpdateAsync(
                set => set.SetProperty(j => j.Progress, progress.Progress)
                    .SetProperty(j => j.EntitiesJson, entities)
                    .SetProperty(j => j.HeartbeatAt, time.GetUtcNow()),
                CancellationToken.None);
        var cancelRequested = await db.SyncJobs.AsNoTracking()
            .Where(j => j.TenantId == tenantId && j.Id == progress.JobId)
            .Select(j => j.CancelRequested)
            .SingleAsync(CancellationToken.None);
        if (cancelRequested)
        {
            cancellation.Cancel();
        }

        broadcaster.Progress(tenantId, progress.JobId, "running", progress.Progress, progress.Entities);
    }

    public async Task RecordResultsAsync(string jobId, IReadOnlyList<RecordResult> results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        var tenantId = scope.TenantId;
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        var batch = new RowBatch();
        batch.AddRange(results.Select(r => SyncJobResultRow.From(tenantId, jobId, r)));
        // Kept even when the job is being cancelled. A page's results go out as one statement on PostgreSQL.
        await batch.SaveAsync(db, CancellationToken.None);
        await deadLetters.RecordAsync(tenantId, jobId, results, CancellationToken.None);
    }
}
