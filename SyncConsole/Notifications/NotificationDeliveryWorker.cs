using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SyncConsole.Data;

namespace SyncConsole.Notifications;

/// <summary>
/// Sends due notifications, then sleeps until the next one is due (bounded by the idle check), or until this node
/// queues one. Several nodes may run it: each delivery is claimed with a short lease before it is sent.
/// </summary>
internal sealed partial class NotificationDeliveryWorker(
    IDbContextFactory<SyncConsoleDbContext> contexts, NotificationSignal signal, NotificationSender sender,
    NotificationEndpointService endpoints, IOptions<NotificationOptions> options, TimeProvider time,
    ILogger<NotificationDeliveryWorker> logger) : BackgroundService
{
    private const int BatchSize = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                wait = await DeliverDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogWorkerFailed(logger, ex);
                wait = options.Value.IdleCheckInterval;
            }

            try
            {
                await signal.WaitAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Sends every due delivery; returns how long to sleep until the next one is due.</summary>
    internal async Task<TimeSpan> DeliverDueAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = time.GetUtcNow();
            List<string> due;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                due = await db.NotificationDeliveries.AsNoTracking()
                    .Where(d => d.Status == NotificationStatuses.Pending && d.NextAttemptAt <= now && (d.LockedUntil == null || d.LockedUntil < now))
                    .OrderBy(d => d.NextAttemptAt)
                    .Select(d => d.Id)
                    .Take(BatchSize)
                    .ToListAsync(cancellationToken);
            }

            foreach (var id in due)
            {
                await DeliverAsync(id, cancellationToken);
            }

            if (due.Count < BatchSize)
            {
                return await NextWaitAsync(cancellationToken);
            }
        }
    }

    private async Task<TimeSpan> NextWaitAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var next = await db.NotificationDeliveries.AsNoTracking()
            .Where(d => d.Status == NotificationStatuses.Pending)
            .OrderBy(d => d.NextAttemptAt)
            .Select(d => (DateTimeOffset?)d.NextAttemptAt)
            .FirstOrDefaultAsync(cancellationToken);
        var idle = options.Value.IdleCheckInterval;
        if (next is not { } at)
        {
            return idle;
        }

        var wait = at - time.GetUtcNow();
        return wait < TimeSpan.Zero ? TimeSpan.FromMilliseconds(50) : wait > idle ? idle : wait;
    }

    private async Task DeliverAsync(string id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var lease = now + options.Value.RequestTimeout * 2;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var claimed = await db.NotificationDeliveries
            .Where(d => d.Id == id && d.Status == NotificationStatuses.Pending && (d.LockedUntil == null || d.LockedUntil < now))
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.LockedUntil, lease), cancellationToken);
        if (claimed == 0)
        {
            return;
        }

        var delivery = await db.NotificationDeliveries.SingleAsync(d => d.Id == id, cancellationToken);
        var endpoint = await endpoints.GetSigningAsync(delivery.TenantId, cancellationToken);
        var attempt = endpoint is null
            ? new NotificationSender.Attempt(false, null, "No enabled notification endpoint.")
            : await sender.SendAsync(endpoint.Value.Url, endpoint.Value.Secret, delivery, cancellationToken);
        var finished = time.GetUtcNow();
        delivery.LastAttemptAt = finished;
        delivery.LastStatusCode = attempt.StatusCode;
        delivery.LockedUntil = null;
        if (attempt.Delivered)
        {
            delivery.Status = NotificationStatuses.Delivered;
            delivery.DeliveredAt = finished;
            delivery.LastError = null;
        }
        else
        {
            var schedule = options.Value.EffectiveRetrySchedule;
            delivery.LastError = attempt.Error;
            delivery.Attempts++;
            if (delivery.Attempts > schedule.Count)
            {
                delivery.Status = NotificationStatuses.Failed;
            }
            else
            {
                delivery.NextAttemptAt = finished + schedule[delivery.Attempts - 1];
            }
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The notification delivery worker failed; it tries again later.")]
    private static partial void LogWorkerFailed(ILogger logger, Exception exception);
}
