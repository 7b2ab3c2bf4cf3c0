using Microsoft.EntityFrameworkCore;
using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;
using SyncConsole.Data;

namespace SyncConsole.Integrations;

/// <summary>Per-entity sync status of a connection, and the tenant's backlog: for the API, the dashboard and admins.</summary>
public sealed class SyncStatusQueries(IDbContextFactory<SyncConsoleDbContext> contexts, SyncRuleService rules)
{
    /// <summary>One row per entity type in rule order; null when the tenant has no connection to the integration.</summary>
    public async Task<IReadOnlyList<EntitySyncStatus>?> ForConnectionAsync(Guid tenantId, string integrationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connection = await db.Connections.AsNoTracking()
            .SingleOrDefaultAsync(c => c.TenantId == tenantId && c.IntegrationId == integrationId, cancellationToken);
        if (connection is null)
        {
            return null;
        }

        // One grouped count and one cursor read for all entities: no query per entity.
        var counts = await db.SyncStates.AsNoTracking()
            .Where(s => s.TenantId == tenantId && s.ConnectionId == connection.Id)
            .GroupBy(s => new { s.EntityType, s.Status })
            .Select(g => new { g.Key.EntityType, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var cursors = await db.SyncCursors.AsNoTracking()
            .Where(c => c.TenantId == tenantId && c.ConnectionId == connection.Id && c.Side == "external")
            .ToDictionaryAsync(c => c.EntityType, cancellationToken);
        var ruleSet = await rules.GetAsync(tenantId, integrationId, cancellationToken);
        int Count(string type, RecordSyncStatus status) =>
            counts.Where(c => c.EntityType == type && c.Status == status.ToWireName()).Sum(c => c.Count);
        return [.. ruleSet.Select(rule =>
        {
            var type = rule.EntityType.ToWireName();
            var cursor = cursors.GetValueOrDefault(type);
            return new EntitySyncStatus(type, rule.Enabled, rule.Direction.ToWireName(), cursor?.UpdatedAt, cursor?.Cursor,
                Count(type, RecordSyncStatus.Synced), Count(type, RecordSyncStatus.PendingInbound), Count(type, RecordSyncStatus.PendingOutbound),
                Count(type, RecordSyncStatus.Conflict), Count(type, RecordSyncStatus.Failed));
        })];
    }
}
