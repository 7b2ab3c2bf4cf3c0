using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;
using SyncConsole.Data;
using SyncConsole.Sync;

namespace SyncConsole.Records;

/// <summary>Reads of the application's records for the API and the console.</summary>
internal static class RecordQueries
{
    public static async Task<RecordRow?> FindAsync(
        IDbContextFactory<SyncConsoleDbContext> contexts, Guid tenantId, EntityType entityType, string id, CancellationToken cancellationToken)
    {
        var type = entityType.ToWireName();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Records.AsNoTracking().SingleOrDefaultAsync(r => r.TenantId == tenantId && r.EntityType == type && r.Id == id, cancellationToken);
    }

    /// <summary>The body plus a <c>sync</c> block per connection (keyed by integration id).</summary>
    public static async Task<JsonObject> WithSyncAsync(
        IDbContextFactory<SyncConsoleDbContext> contexts, Guid tenantId, RecordRow row, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var states = await (
            from s in db.SyncStates.AsNoTracking()
            join c in db.Connections.AsNoTracking() on s.ConnectionId equals c.Id
            where s.TenantId == tenantId && s.EntityType == row.EntityType && s.InternalId == row.Id
            select new { c.IntegrationId, State = s })
            .ToListAsync(cancellationToken);
        var body = JsonNode.Parse(row.Body)!.AsObject();
        var sync = new JsonObject();
        foreach (var (integrationId, stateRow) in states.Select(s => (s.IntegrationId, s.State)))
        {
            var state = SyncStateMapping.ToState(stateRow);
            sync[integrationId] = new JsonObject
            {
                ["internal_version"] = row.Version,
                ["external_version"] = state.Vector.ExternalVersion,
                ["last_sync_version"] = state.Vector.LastSyncVersion,
                // Core's status at the record's current version: a write since the last sync is pending outbound.
                ["status"] = state.StatusAt(row.Version).ToWireName(),
                ["external_id"] = state.ExternalId,
            };
        }

        body["sync"] = sync;
        return body;
    }
}
