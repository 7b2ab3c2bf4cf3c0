using Microsoft.EntityFrameworkCore;
using SyncConsole.Api;
using SyncConsole.Data;

namespace SyncConsole.Audit;

/// <summary>A tenant's audit trail, filtered and paged, newest first. Serves the API and the console.</summary>
public sealed class AuditQueries(IDbContextFactory<SyncConsoleDbContext> contexts)
{
    public async Task<PagedList<AuditItem>> ListAsync(Guid tenantId, AuditFilter filter, PageRequest paging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(paging);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = filter.Apply(db.AuditEntries.AsNoTracking().Where(a => a.TenantId == tenantId));
        var total = await query.LongCountAsync(cancellationToken);
        var rows = await query.OrderByDescending(a => a.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return new PagedList<AuditItem>([.. rows.Select(AuditItem.From)], paging.Page, paging.PageSize, total);
    }

    /// <summary>The distinct actors and actions of the tenant's trail, for filter pickers.</summary>
    public async Task<(IReadOnlyList<string> Actors, IReadOnlyList<string> Actions)> DistinctValuesAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = db.AuditEntries.AsNoTracking().Where(a => a.TenantId == tenantId);
        var actors = await entries.Select(a => a.Actor).Distinct().OrderBy(a => a).Take(200).ToListAsync(cancellationToken);
        var actions = await entries.Select(a => a.Action).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
        return (actors, actions);
    }
}
