using Microsoft.EntityFrameworkCore;
using SyncConsole.Data;
using SyncConsole.Integrations;

namespace SyncConsole.SyncJobs;

/// <summary>Reads a tenant's sync jobs and their per-record results, paged, for the API and the console alike.</summary>
public sealed class SyncJobQueries(IDbContextFactory<SyncConsoleDbContext> contexts)
{
    /// <summary>Job filters; null means any.</summary>
    public sealed record JobFilter(
        string? Status = null, string? IntegrationId = null, string? JobType = null, DateTimeOffset? From = null, DateTimeOffset? To = null);

    /// <summary>Newest first.</summary>
    public async Task<(IReadOnlyList<SyncJobRow> Rows, long Total)> ListAsync(
        Guid tenantId, JobFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.SyncJobs.AsNoTracking().Where(j => j.TenantId == tenantId);
        query = filter.Status is null ? query : query.Where(j => j.Status == filter.Status);
        query = filter.IntegrationId is null ? query : query.Where(j => j.IntegrationId == filter.IntegrationId);
        query = filter.JobType is null ? query : query.Where(j => j.JobType == filter.JobType);
        query = filter.From is not { } from ? query : query.Where(j => j.RequestedAt >= from);
        query = filter.To is not { } to ? query : query.Where(j => j.RequestedAt <= to);
        var total = await query.LongCountAsync(cancellationToken);
        var rows = await query.OrderByDescending(j => j.RequestedAt).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (rows, total);
    }

    public async Task<SyncJobRow?> FindAsync(Guid tenantId, string jobId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SyncJobs.AsNoTracking().SingleOrDefaultAsync(j => j.TenantId == tenantId && j.Id == jobId, cancellationToken);
    }

    /// <summary>A job's per-record results in the order they were recorded; null when the job is not the tenant's.</summary>
    public async Task<(IReadOnlyList<SyncJobResultRow> Rows, long Total)?> ResultsAsync(
        Guid tenantId, string jobId, string? action, string? entityType, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.SyncJobs.AnyAsync(j => j.TenantId == tenantId && j.Id == jobId, cancellationToken))
        {
            return null;
        }

        var query = db.SyncJobResults.AsNoTracking().Where(r => r.TenantId == tenantId && r.JobId == jobId);
        query = action is null ? query : query.Where(r => r.Action == action);
        query = entityType is null ? query : query.Where(r => r.EntityType == entityType);
        var total = await query.LongCountAsync(cancellationToken);
        var rows = await query.OrderBy(r => r.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (rows, total);
    }

    /// <summary>The tenant's connection to an integration when it is connected (a sync needs one).</summary>
    public async Task<ConnectionRow?> ConnectedAsync(Guid tenantId, string integrationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Connections.AsNoTracking().SingleOrDefaultAsync(
            c => c.TenantId == tenantId && c.IntegrationId == integrationId && c.Status == ConnectionStatuses.Connected, cancellationToken);
    }
}
