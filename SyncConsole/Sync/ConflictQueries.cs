using Microsoft.EntityFrameworkCore;
using SyncConsole.Api;
using SyncConsole.Core.Conflicts;
using SyncConsole.Data;

namespace SyncConsole.Sync;

/// <summary>The finance inbox: a tenant's conflicts, filtered and paged, newest first. Serves the API and the console.</summary>
public sealed class ConflictQueries(IDbContextFactory<SyncConsoleDbContext> contexts)
{
    private static readonly string Open = ConflictStatus.Open.ToString();
    private static readonly string Resolved = ConflictStatus.Resolved.ToString();

    public async Task<PagedList<ConflictView>> ListAsync(Guid tenantId, ConflictFilter filter, PageRequest paging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(paging);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = from c in db.Conflicts.AsNoTracking()
                    join k in db.Connections.AsNoTracking() on c.ConnectionId equals k.Id
                    where c.TenantId == tenantId
                    select new { Conflict = c, k.IntegrationId };
        var status = filter.Status switch
        {
            null => null,
            "open" => Open,
            _ => Resolved,
        };
        query = status is null ? query : query.Where(x => x.Conflict.Status == status);
        query = filter.EntityType is null ? query : query.Where(x => x.Conflict.EntityType == filter.EntityType);
        query = filter.IntegrationId is null ? query : query.Where(x => x.IntegrationId == filter.IntegrationId);
        var total = await query.LongCountAsync(cancellationToken);
        var rows = await query.OrderByDescending(x => x.Conflict.DetectedAt).ThenBy(x => x.Conflict.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return new PagedList<ConflictView>([.. rows.Select(x => ConflictView.From(x.Conflict, x.IntegrationId))], paging.Page, paging.PageSize, total);
    }

    public async Task<int> CountOpenAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Conflicts.CountAsync(c => c.TenantId == tenantId && c.Status == Open, cancellationToken);
    }

    /// <summary>The integrations the tenant has connected, for the inbox's connection filter.</summary>
    public async Task<IReadOnlyList<string>> IntegrationIdsAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Connections.AsNoTracking().Where(c => c.TenantId == tenantId).Select(c => c.IntegrationId).OrderBy(i => i).ToListAsync(cancellationToken);
    }
}
