using System.Text.Json;
using SyncConsole.Api;

namespace SyncConsole.Audit;

/// <summary>Builds audit entries with before/after as JSON (snake_case, like the API).</summary>
public static class AuditEntries
{
    public static AuditEntry Create(
        Guid tenantId, DateTimeOffset at, string actor, string action, string? entityType, string? recordId,
        object? before, object? after, string? correlationId = null) => new()
        {
            TenantId = tenantId,
            At = at,
            Actor = actor,
            Action = action,
            EntityType = entityType,
            RecordId = recordId,
            Before = before is null ? null : before as string ?? JsonSerializer.Serialize(before, ApiJson.Stored),
            After = after is null ? null : after as string ?? JsonSerializer.Serialize(after, ApiJson.Stored),
            CorrelationId = correlationId,
        };
}
