using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Api;
using SyncConsole.Data;
using SyncConsole.Records;

namespace SyncConsole.Notifications;

/// <summary>
/// Adds the notification of an inbound record change to the caller's unit of work, so it commits (or not) with the
/// change itself: a process that dies after the commit still has the notification to send.
/// </summary>
internal static class NotificationOutbox
{
    public const string EventType = "record.changed";

    /// <summary>True when a notification was added (the tenant has an enabled endpoint and the write changed the record).</summary>
    public static async Task<bool> EnqueueAsync(
        SyncConsoleDbContext db, Guid tenantId, string connectionId, RecordRow written, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var changes = db.ChangeTracker.Entries<RecordChangeRow>()
            .Where(e => e.State == EntityState.Added && e.Entity.TenantId == tenantId && e.Entity.Seq == written.ChangeSeq)
            .Select(e => e.Entity)
            .ToList();
        var deliveries = await DeliveriesAsync(db, tenantId, connectionId, changes, now, cancellationToken);
        db.NotificationDeliveries.AddRange(deliveries);
        return deliveries.Count > 0;
    }

    /// <summary>
    /// The notifications of a batch of record changes about to be inserted (inbound writes of a sync page), added to
    /// the batch; true when any was added.
    /// </summary>
    public static async Task<bool> EnqueueAllAsync(
        SyncConsoleDbContext db, RowBatch batch, Guid tenantId, string connectionId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var deliveries = await DeliveriesAsync(db, tenantId, connectionId, [.. batch.Inserted<RecordChangeRow>()], now, cancellationToken);
        batch.AddRange(deliveries);
        return deliveries.Count > 0;
    }

    /// <summary>One notification per change, or none when the tenant has no enabled endpoint.</summary>
    private static async Task<IReadOnlyList<NotificationDeliveryRow>> DeliveriesAsync(
        SyncConsoleDbContext db, Guid tenantId, string connectionId, List<RecordChangeRow> changes, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (changes.Count == 0 || !await db.NotificationEndpoints.AnyAsync(e => e.TenantId == tenantId && e.Enabled, cancellationToken))
        {
            return [];
        }

        return [.. changes.Select(change => Delivery(tenantId, connectionId, change, now))];
    }

    private static NotificationDeliveryRow Delivery(Guid tenantId, string connectionId, RecordChangeRow change, DateTimeOffset now)
    {
        var id = Guid.NewGuid().ToString("D");
        var operation = change.Operation switch
        {
            RecordOperation.Created => "created",
            RecordOperation.Updated => "updated",
            RecordOperation.Deleted => "deleted",
        };
        var payload = JsonSerializer.Serialize(
            new NotificationPayload(id, EventType, change.EntityType, change.RecordId, operation, change.Version, change.ChangedAt, connectionId), ApiJson.Stored);
        return new NotificationDeliveryRow
        {
            Id = id,
            TenantId = tenantId,
            ConnectionId = connectionId,
            EntityType = change.EntityType,
            RecordId = change.RecordId,
            Operation = operation,
            Version = change.Version,
            Payload = payload,
            CreatedAt = now,
            Status = NotificationStatuses.Pending,
            NextAttemptAt = now,
        };
    }

    private sealed record NotificationPayload(
        string Id, string Type, string EntityType, string RecordId, string Operation, long Version, DateTimeOffset ChangedAt, string ConnectionId);
}
