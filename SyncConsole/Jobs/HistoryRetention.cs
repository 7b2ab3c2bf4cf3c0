using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SyncConsole.Data;
using SyncConsole.Notifications;

namespace SyncConsole.Jobs;

/// <summary>
/// Deletes old history for housekeeping: sync jobs finished before the retention (with their per-record results), in
/// batches of short statements, delivered notifications past their replay window, and the redemptions of embed tokens
/// that have expired (a token past its expiry is refused anyway, so its row no longer guards anything).
/// </summary>
internal sealed class HistoryRetention(IDbContextFactory<SyncConsoleDbContext> contexts, IOptions<RetentionOptions> options)
{
    // A redemption is kept this long past its token's expiry, so that a node whose clock is behind this one's never
    // sees a token as still valid after its row is gone.
    internal static readonly TimeSpan EmbedTokenClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Returns how many rows were deleted.</summary>
    public async Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var deleted = await PruneJobsAsync(now - TimeSpan.FromDays(options.Value.JobHistoryDays), cancellationToken);
        var replayable = now - NotificationOptions.ReplayWindow;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        deleted += await db.NotificationDeliveries
            .Where(d => d.Status == NotificationStatuses.Delivered && d.CreatedAt < replayable)
            .ExecuteDeleteAsync(cancellationToken);
        deleted += await PruneEmbedTokenUsesAsync(now, cancellationToken);
        return deleted;
    }

    // Set-based, BatchSize rows per statement: DELETE ... WHERE token_id IN (SELECT ... LIMIT n), never a row at a time.
    private async Task<int> PruneEmbedTokenUsesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var batchSize = options.Value.BatchSize;
        var cutoff = now - EmbedTokenClockSkew;
        var deleted = 0;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var batch = await db.EmbedTokenUses
                .Where(u => u.ExpiresAt < cutoff)
                .OrderBy(u => u.ExpiresAt)
                .Take(batchSize)
                .ExecuteDeleteAsync(cancellationToken);
            deleted += batch;
            if (batch < batchSize)
            {
                return deleted;
            }
        }
    }

    private async Task<int> PruneJobsAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var batchSize = options.Value.BatchSize;
        var deleted = 0;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var batch = await db.SyncJobs.AsNoTracking()
                .Where(j => j.FinishedAt != null && j.FinishedAt < cutoff)
                .OrderBy(j => j.FinishedAt)
                .Select(j => new { j.TenantId, j.Id })
                .Take(batchSize)
                .ToListAsync(cancellationToken);
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                // Per tenant, so the delete uses the results' (tenant_id, job_id) index.
                foreach (var tenant in batch.GroupBy(j => j.TenantId))
                {
                    var ids = tenant.Select(j => j.Id).ToList();
                    deleted += await db.SyncJobResults.Where(r => r.TenantId == tenant.Key && ids.Contains(r.JobId)).ExecuteDeleteAsync(cancellationToken);
                    deleted += await db.SyncJobs.Where(j => j.TenantId == tenant.Key && ids.Contains(j.Id)).ExecuteDeleteAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }

            if (batch.Count < batchSize)
            {
                return deleted;
            }
        }
    }
}
