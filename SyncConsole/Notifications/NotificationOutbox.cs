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
    public static Task<bool> EnqueueAsync(
        SyncConsoleDbContext db, Guid tenantId, string connectionId, RecordRow written, DateTimeOffset now, CancellationToken cancellationToken) =>
        EnqueueChangesAsync(db, tenantId, connectionId, change => change.Seq == written.ChangeSeq, now, cancellationToken);

    /// <summary>
    /// Adds a notification for every record change the unit of work is about to insert (a batch of inbound writes);
    /// true when any was added.
    /// </summary>
    public static Task<bool> EnqueueAllAsync(
        SyncConsoleDbContext db, Guid tenantId, string connectionId, DateTimeOffset now, CancellationToken cancellationToken) =>
        EnqueueChangesAsync(db, tenantId, connectionId, _ => true, now, cancellationToken);

    private static async Task<bool> EnqueueChangesAsync(
        SyncConsoleDbContext db, Guid tenantId, string connectionId, Func<RecordChangeRow, bool> which, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var changes = db.ChangeTracker.Entries<RecordChangeRow>()
            .Where(e => e.State == EntityState.Added && e.Entity.TenantId == tenantId && which(e.Entity))
            .Select(e => e.Entity)
            .ToList();
        if (changes.Count == 0 || !await db.NotificationEndpoints.AnyAsync(e => e.TenantId == tenantId && e.Enabled, cancellationToken))
        {
            return false;
        }

        foreach (var change in changes)
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
            db.NotificationDeliveries.Add(new NotificationDeliveryRow
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
            });
        }

        return true;
    }

    private sealed record NotificationPayload(
        string Id, string Type, string EntityType, string RecordId, string Operation, long Version, DateTimeOffset ChangedAt, string ConnectionId);
}
