using Microsoft.EntityFrameworkCore;
using SyncConsole.Api;
using SyncConsole.Audit;
using SyncConsole.Data;

namespace SyncConsole.Notifications;

/// <summary>Lists a tenant's deliveries and replays one within the replay window: the same rules for the API and the console.</summary>
internal sealed class NotificationDeliveryService(
    IDbContextFactory<SyncConsoleDbContext> contexts, NotificationSignal signal, TimeProvider time)
{
    public async Task<PagedList<NotificationDeliveryView>> ListAsync(Guid tenantId, string? status, PageRequest paging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paging);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.NotificationDeliveries.AsNoTracking().Where(d => d.TenantId == tenantId);
        query = status is null ? query : query.Where(d => d.Status == status);
        var total = await query.LongCountAsync(cancellationToken);
        var rows = await query.OrderByDescending(d => d.CreatedAt).ThenBy(d => d.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return new PagedList<NotificationDeliveryView>([.. rows.Select(NotificationDeliveryView.From)], paging.Page, paging.PageSize, total);
    }

    /// <summary>Sends the same event (same id and body, fresh signature) again at once, with a fresh retry schedule.</summary>
    public async Task<NotificationReplay> ReplayAsync(Guid tenantId, string id, string actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.NotificationDeliveries.SingleOrDefaultAsync(d => d.TenantId == tenantId && d.Id == id, cancellationToken);
        if (row is null)
        {
            return new NotificationReplay(NotificationReplayOutcome.NotFound);
        }

        if (row.CreatedAt < now - NotificationOptions.ReplayWindow)
        {
            return new NotificationReplay(NotificationReplayOutcome.Expired, NotificationDeliveryView.From(row));
        }

        if (!await db.NotificationEndpoints.AnyAsync(e => e.TenantId == tenantId && e.Enabled, cancellationToken))
        {
            return new NotificationReplay(NotificationReplayOutcome.NoEndpoint, NotificationDeliveryView.From(row));
        }

        var before = new { row.Status, row.Attempts };
        row.Status = NotificationStatuses.Pending;
        row.Attempts = 0;
        row.NextAttemptAt = now;
        row.LockedUntil = null;
        row.Replays++;
        db.AuditEntries.Add(AuditEntries.Create(
            tenantId, now, actor, "notification.replayed", row.EntityType, row.RecordId, before, new { row.Status, delivery_id = row.Id }));
        await db.SaveChangesAsync(cancellationToken);
        signal.Pulse();
        return new NotificationReplay(NotificationReplayOutcome.Queued, NotificationDeliveryView.From(row));
    }
}
