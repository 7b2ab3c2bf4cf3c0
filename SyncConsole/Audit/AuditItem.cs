using System.Text.Json;

namespace SyncConsole.Audit;

/// <summary>An audit entry as the API and the console show it (shared/API.md), before and after as JSON.</summary>
public sealed record AuditItem(
    long Id, DateTimeOffset At, string Actor, string Action, string? EntityType, string? RecordId,
    JsonElement? Before, JsonElement? After, string? CorrelationId)
{
    public static AuditItem From(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Id, entry.At, entry.Actor, entry.Action, entry.EntityType, entry.RecordId, Json(entry.Before), Json(entry.After), entry.CorrelationId);
    }

    private static JsonElement? Json(string? text) => text is null ? null : JsonDocument.Parse(text).RootElement.Clone();
}
