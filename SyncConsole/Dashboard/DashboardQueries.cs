using Microsoft.EntityFrameworkCore;
using SyncConsole.Data;
using SyncConsole.Integrations;
using SyncConsole.QuickBooks;
using SyncConsole.QuickBooks.Api;
using SyncConsole.Sync;

namespace SyncConsole.Dashboard;

/// <summary>Reads the dashboard: connection health and backlog, recent jobs, open conflicts, and per-realm API budget use.</summary>
public sealed class DashboardQueries(
    IDbContextFactory<SyncConsoleDbContext> contexts, SyncStatusQueries status, ConflictQueries conflicts, IServiceProvider services)
{
    private const int RecentJobCount = 8;

    public async Task<DashboardSummary> ReadAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connections = await db.Connections.AsNoTracking().Where(c => c.TenantId == tenantId).OrderBy(c => c.IntegrationId).ToListAsync(cancellationToken);
        var jobs = await db.SyncJobs.AsNoTracking().Where(j => j.TenantId == tenantId)
            .OrderByDescending(j => j.RequestedAt).Take(RecentJobCount).ToListAsync(cancellationToken);
        // QuickBooks is registered only when configured; without it there is no budget to show.
        var usage = services.GetService<QuickBooksApiUsage>();
        var health = new List<ConnectionHealth>();
        foreach (var connection in connections)
        {
            var entities = await status.ForConnectionAsync(tenantId, connection.IntegrationId, cancellationToken) ?? [];
            var realm = connection.IntegrationId == QuickBooksServiceCollectionExtensions.ProviderId && connection.ExternalAccountId is { } realmId && usage is not null
                ? usage.Find(realmId)
                : null;
            health.Add(new ConnectionHealth(
                connection.IntegrationId, connection.Status, connection.ExternalAccountId, connection.LastSyncAt,
                entities.Sum(e => e.PendingInbound), entities.Sum(e => e.PendingOutbound), entities.Sum(e => e.Conflicts), entities.Sum(e => e.Failed),
                realm is null ? null : new ApiBudget(realm.RequestsLastMinute, realm.RequestsPerMinute, realm.InFlight, realm.MaxConcurrent)));
        }

        return new DashboardSummary(health, jobs, await conflicts.CountOpenAsync(tenantId, cancellationToken));
    }
}
