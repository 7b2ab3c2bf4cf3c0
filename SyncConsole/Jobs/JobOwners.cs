using Microsoft.EntityFrameworkCore;
using Quartz;
using SyncConsole.Core.Schema;
using SyncConsole.Data;
using SyncConsole.Integrations;
using SyncConsole.SyncJobs;

namespace SyncConsole.Jobs;

/// <summary>
/// Which connection, and so which tenant, a Quartz job, trigger or run works for, and what the page calls it. A
/// connection's sync job is named after the connection and a polling trigger names it (SyncJobService,
/// PollingSchedules); anything else, or a connection that is not in the database, is a system job.
/// </summary>
public sealed class JobOwners(IDbContextFactory<SyncConsoleDbContext> contexts)
{
    /// <summary>The connection a job (or its firing by <paramref name="trigger"/>) works for; null for a system job.</summary>
    public static string? ConnectionOf(JobKey? job, TriggerKey? trigger) =>
        job?.Group == SyncJobService.QuartzGroup ? job.Name
        : trigger is null ? null
        : PollingSchedules.SyncOfTrigger(trigger)?.ConnectionId;

    /// <summary>
    /// The owner and title of a job (or of its firing by <paramref name="trigger"/>), with the owners looked up for the
    /// connections concerned: <c>quickbooks sync</c>, <c>quickbooks vendor polling</c>, <c>quickbooks reconcile</c>,
    /// or a system job's own name.
    /// </summary>
    public static (JobOwner? Owner, string Title) Describe(JobKey job, TriggerKey? trigger, IReadOnlyDictionary<string, JobOwner> owners)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(owners);
        var owner = ConnectionOf(job, trigger) is { } connection ? owners.GetValueOrDefault(connection) : null;
        return (owner, Title(job, trigger, owner));
    }

    internal static string Title(JobKey job, TriggerKey? trigger, JobOwner? owner) =>
        owner is null ? job.Name
        : (trigger is null ? null : PollingSchedules.SyncOfTrigger(trigger)) is not { } polled ? $"{owner.IntegrationId} sync"
        : polled.EntityType is { } entity ? $"{owner.IntegrationId} {entity.ToWireName()} polling"
        : $"{owner.IntegrationId} reconcile";

    /// <summary>Every connection of the tenant, connected or not (a disconnected one keeps its history).</summary>
    public async Task<IReadOnlyList<JobOwner>> OfTenantAsync(Guid tenantId, CancellationToken cancellationToken) =>
        await QueryAsync(db => db.Connections.Where(c => c.TenantId == tenantId), cancellationToken);

    /// <summary>The owners of the connections named (unknown ids are left out), by connection id.</summary>
    public async Task<IReadOnlyDictionary<string, JobOwner>> OfConnectionsAsync(IEnumerable<string?> connectionIds, CancellationToken cancellationToken)
    {
        var ids = connectionIds.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var found = ids.Count == 0 ? [] : await QueryAsync(db => db.Connections.Where(c => ids.Contains(c.Id)), cancellationToken);
        return found.ToDictionary(o => o.ConnectionId, StringComparer.Ordinal);
    }

    private async Task<IReadOnlyList<JobOwner>> QueryAsync(
        Func<SyncConsoleDbContext, IQueryable<ConnectionRow>> connections, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await (from c in connections(db).AsNoTracking()
                      join t in db.Tenants.AsNoTracking() on c.TenantId equals t.Id into tenants
                      from t in tenants.DefaultIfEmpty()
                      select new JobOwner(c.TenantId, t != null ? t.Name : null, c.Id, c.IntegrationId, c.Status == ConnectionStatuses.Connected))
            .ToListAsync(cancellationToken);
    }
}
