using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Quartz.Extensibility;
using SyncConsole.Core.Orchestration;
using SyncConsole.Data;
using SyncConsole.Integrations;
using SyncConsole.SyncJobs;
using SyncConsole.Tenancy;

namespace SyncConsole.Tests.Console.Jobs;

/// <summary>
/// Two tenants, each with a QuickBooks connection scheduled as connecting schedules it (polling and reconcile
/// triggers), on the app's real scheduler and database; and runs recorded in Quartz's real history store.
/// </summary>
internal sealed class TwoTenantJobs(IServiceProvider services)
{
    public static readonly Guid TenantA = Guid.NewGuid();
    public static readonly Guid TenantB = Guid.NewGuid();
    public static readonly string ConnectionA = Guid.NewGuid().ToString("D");
    public static readonly string ConnectionB = Guid.NewGuid().ToString("D");

    public static JobKey SyncJobOf(string connectionId) => new(connectionId, SyncJobService.QuartzGroup);

    public async Task ConnectBothAsync()
    {
        await ConnectAsync(TenantA, "Alpha Ltd", ConnectionA);
        await ConnectAsync(TenantB, "Beta Ltd", ConnectionB);
    }

    /// <summary>
    /// Queues a sync job for the connection, which adds its sync Quartz job (and runs it). A dry run: the connection has
    /// no credentials, and only a real run marks it as needing to be connected again.
    /// </summary>
    public Task<SyncJobRow> RequestSyncAsync(Guid tenant, string connectionId) =>
        services.GetRequiredService<SyncJobService>().RequestAsync(
            new SyncJobRequestInput(tenant, connectionId, "quickbooks", SyncJobType.Full, [], true, "manual", "seed"),
            CancellationToken.None);

    /// <summary>Records a finished run as the scheduler's recorder does; returns its entry id.</summary>
    public async Task<string> RecordRunAsync(JobKey job, TriggerKey trigger, DateTimeOffset firedAt, bool failed)
    {
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var id = Guid.NewGuid().ToString("N");
        await services.GetRequiredService<IExecutionHistoryStore>().AddExecution(
            new ExecutionHistoryEntry(
                scheduler.SchedulerName, scheduler.SchedulerInstanceId, job.Group, job.Name, trigger.Group, trigger.Name, firedAt,
                TimeSpan.FromSeconds(1), !failed, failed ? "boom" : null)
            {
                EntryId = id,
                Result = failed ? JobRunResult.Failed : JobRunResult.Succeeded,
            });
        return id;
    }

    public async Task<SyncConsoleDbContext> DbAsync() =>
        await services.GetRequiredService<IDbContextFactory<SyncConsoleDbContext>>().CreateDbContextAsync();

    private async Task ConnectAsync(Guid tenant, string name, string connectionId)
    {
        var connection = new ConnectionRow
        {
            Id = connectionId,
            TenantId = tenant,
            IntegrationId = "quickbooks",
            Status = ConnectionStatuses.Connected,
        };
        await using (var db = await DbAsync())
        {
            db.Tenants.Add(new Tenant { Id = tenant, Name = name, CreatedAt = TimeProvider.System.GetUtcNow() });
            db.Connections.Add(connection);
            await db.SaveChangesAsync();
        }

        await services.GetRequiredService<PollingSchedules>().ApplyAsync(connection, CancellationToken.None);
    }
}
