using Microsoft.EntityFrameworkCore;
using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;
using SyncConsole.Data;
using SyncConsole.Integrations;
using SyncConsole.SyncJobs;

namespace SyncConsole.Records;

/// <summary>
/// After the application's records change: every connected integration whose rule for that entity pushes
/// immediately gets an entity job queued (or joins the one already waiting); deferred rules wait for the schedule.
/// </summary>
public sealed class PushTrigger(IDbContextFactory<SyncConsoleDbContext> contexts, SyncRuleService rules, SyncJobService jobs)
{
    public async Task<IReadOnlyList<string>> OnChangedAsync(
        Guid tenantId, EntityType entityType, string trigger, string actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connections = await db.Connections.AsNoTracking()
            .Where(c => c.TenantId == tenantId && c.Status == ConnectionStatuses.Connected)
            .ToListAsync(cancellationToken);
        var jobIds = new List<string>();
        foreach (var connection in connections)
        {
            var rule = (await rules.GetAsync(tenantId, connection.IntegrationId, cancellationToken)).Single(r => r.EntityType == entityType);
            if (rule.SyncTrigger != SyncTrigger.Immediate || !rule.AllowsOutbound || rule.ChangeSource is ChangeSource.Polling or ChangeSource.Webhook)
            {
                continue;
            }

            var job = await jobs.RequestAsync(
                new SyncJobRequestInput(tenantId, connection.Id, connection.IntegrationId, SyncJobType.Entity, [entityType], false, trigger, actor),
                cancellationToken);
            jobIds.Add(job.Id);
        }

        return jobIds;
    }
}
