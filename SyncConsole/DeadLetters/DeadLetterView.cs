using System.Text.Json;

namespace SyncConsole.DeadLetters;

/// <summary>A dead letter as the API and the console show it.</summary>
public sealed record DeadLetterView(
    string Id, string IntegrationId, string ConnectionId, string EntityType, string? RecordId, string? ExternalId, string Direction,
    string Operation, JsonElement? Payload, string Error, int Attempts, bool Permanent, DateTimeOffset FirstFailedAt,
    DateTimeOffset LastFailedAt, string LastJobId, string Status, DateTimeOffset? ReplayedAt, string? ReplayedBy, string? ReplayJobId,
    DateTimeOffset? ResolvedAt)
{
    public static DeadLetterView From(DeadLetterRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(
            row.Id, row.IntegrationId, row.ConnectionId, row.EntityType, row.RecordId, row.ExternalId, row.Direction, row.Operation,
            row.Payload is null ? null : JsonDocument.Parse(row.Payload).RootElement.Clone(), row.Error, row.Attempts, row.Permanent,
            row.FirstFailedAt, row.LastFailedAt, row.LastJobId, row.Status, row.ReplayedAt, row.ReplayedBy, row.ReplayJobId, row.ResolvedAt);
    }
}
