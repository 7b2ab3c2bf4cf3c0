using System.Text.Json;

namespace SyncConsole.Notifications;

/// <summary>A delivery as the API and the console show it.</summary>
public sealed record NotificationDeliveryView(
    string Id, string ConnectionId, string EntityType, string RecordId, string Operation, long Version, string Status, int Attempts,
    int Replays, DateTimeOffset CreatedAt, DateTimeOffset? NextAttemptAt, DateTimeOffset? LastAttemptAt, int? LastStatusCode,
    string? LastError, DateTimeOffset? DeliveredAt, JsonElement Payload)
{
    public static NotificationDeliveryView From(NotificationDeliveryRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(
            row.Id, row.ConnectionId, row.EntityType, row.RecordId, row.Operation, row.Version, row.Status, row.Attempts, row.Replays,
            row.CreatedAt, row.Status == NotificationStatuses.Pending ? row.NextAttemptAt : null, row.LastAttemptAt, row.LastStatusCode,
            row.LastError, row.DeliveredAt, JsonDocument.Parse(row.Payload).RootElement.Clone());
    }
}
