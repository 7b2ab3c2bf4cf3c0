using Microsoft.EntityFrameworkCore;
using SyncConsole.Audit;
using SyncConsole.Core.Schema;
using SyncConsole.Data;

namespace SyncConsole.Admin;

/// <summary>
/// The one cross-tenant view (admins only: the callers enforce the admin policy) and cursor resets. Serves the API
/// and the console's admin page.
/// </summary>
public sealed class AdminService(IDbContextFactory<SyncConsoleDbContext> contexts, TimeProvider time)
{
    public async Task<IReadOnlyList<AdminConnectionView>> ListConnectionsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await (from c in db.Connections.AsNoTracking()
                      join t in db.Tenants.AsNoTracking() on c.TenantId equals t.Id into tenants
                      from t in tenants.DefaultIfEmpty()
                      orderby c.TenantId, c.IntegrationId
                      select new AdminConnectionView(c.TenantId, t != null ? t.Name : null, c.IntegrationId, c.Status, c.ExternalAccountId, c.ConnectedAt, c.LastSyncAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Forgets the entity's cursors on both sides (audited in the tenant's trail): the next job reads that entity in
    /// full; links are kept. False when the tenant has no connection to the integration.
    /// </summary>
    public async Task<bool> ResetCursorAsync(Guid tenantId, string integrationId, EntityType entityType, string actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connection = await db.Connections.AsNoTracking()
            .SingleOrDefaultAsync(c => c.TenantId == tenantId && c.IntegrationId == integrationId, cancellationToken);
        if (connection is null)
        {
            return false;
        }

        var wire = entityType.ToWireName();
        var cursors = await db.SyncCursors.Where(c => c.TenantId == tenantId && c.ConnectionId == connection.Id && c.EntityType == wire).ToListAsync(cancellationToken);
        db.SyncCursors.RemoveRange(cursors);
        db.AuditEntries.Add(AuditEntries.Create(tenantId, time.GetUtcNow(), actor, "cursor.reset", wire, connection.Id,
            cursors.Select(c => new { c.Side, c.Cursor }), null));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
