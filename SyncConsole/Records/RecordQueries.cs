using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Core.Schema;
using SyncConsole.Data;

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
            select new { c.IntegrationId, s.ExternalVersion, s.SyncedInternalVersion, s.SyncedExternalVersion, s.Status, s.ExternalId })
            .ToListAsync(cancellationToken);
        var body = JsonNode.Parse(row.Body)!.AsObject();
        var sync = new JsonObject();
        foreach (var s in states)
        {
            sync[s.IntegrationId] = new JsonObject
            {
                ["internal_version"] = row.Version,
                ["external_version"] = s.ExternalVersion,
                ["last_sync_version"] = Math.Max(s.SyncedInternalVersion, s.SyncedExternalVersion),
                // A write after the last sync is pending outbound even before a job has looked at it.
                ["status"] = row.Version > s.SyncedInternalVersion && s.Status == "synced" ? "pending_outbound" : s.Status,
                ["external_id"] = s.ExternalId,
            };
        }

        body["sync"] = sync;
        return body;
    }
}
