using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyncConsole.Data;
using SyncConsole.Integrations;
using SyncConsole.Jobs;
using SyncConsole.SyncJobs;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Jobs;

/// <summary>
/// Retrying a failed run from the Background jobs page, on the real scheduler and database: a sync run becomes a new
/// sync job under the job page's rules; anything else is fired again.
/// </summary>
[Trait("Category", TestCategories.Integration)]
public sealed class FailedRunRetryTests() : AppTest
{
    private static readonly Guid Tenant = Guid.NewGuid();
    private const string ConnectionId = "conn-retry";

    [Fact]
    public async Task Retry_FailedSyncRunOfARetriedTrigger_RetriesItsSyncJobAsANewAuditedJob()
    {
        await SeedAsync(("failed-job", "failed"));

        var result = await RetryAsync(SyncRun("failed-job:retry:2"), Tenant, canOperate: true);

        Assert.Equal(RunRetryOutcome.SyncJobRetried, result.Outcome);
        await using var db = await DbAsync();
        var retry = await db.SyncJobs.SingleAsync(j => j.Id == result.JobId);
        Assert.Equal("failed-job", retry.RetryOf);
        Assert.Equal("operator-1", retry.RequestedBy);
        Assert.Equal("full", retry.JobType);
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == SyncJobService.RetriedAction);
        Assert.Equal((Tenant, "operator-1", "failed-job"), (audit.TenantId, audit.Actor, audit.RecordId));
    }

    [Theory]
    [InlineData("done-job", true, "tenant", "succeeded")]
    [InlineData("failed-job", true, "stranger", "does not exist")]
    [InlineData("failed-job", false, "tenant", "operator role")]
    [InlineData("MT_1234", true, "tenant", "names no sync job")]
    public async Task Retry_SyncRunTheRulesRefuse_CreatesNothing(string trigger, bool canOperate, string who, string reason)
    {
        await SeedAsync(("failed-job", "failed"), ("done-job", "succeeded"));
        var run = trigger.StartsWith("MT_", StringComparison.Ordinal) ? SyncRun(trigger) with { TriggerGroup = "DEFAULT" } : SyncRun(trigger);

        var result = await RetryAsync(run, who == "tenant" ? Tenant : Guid.NewGuid(), canOperate);

        Assert.Equal(RunRetryOutcome.Refused, result.Outcome);
        Assert.Contains(reason, result.Reason, StringComparison.Ordinal);
        await using var db = await DbAsync();
        Assert.Equal(2, await db.SyncJobs.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.Action == SyncJobService.RetriedAction));
    }

    [Fact]
    public async Task Retry_FailedHousekeepingRun_FiresHousekeepingAgain()
    {
        var jobs = App.Services.GetRequiredService<ScheduledJobsService>();
        // Wait out the start-up run, so the next one can only be the retry's.
        var before = await Eventually.ReturnsAsync(() => jobs.RecentHousekeepingRunsAsync(100), r => r.Count > 0, TimeSpan.FromSeconds(30), "the start-up housekeeping run");
        var run = new ExecutionView(
            HousekeepingJob.Key.Group, HousekeepingJob.Key.Name, "system", "housekeeping-every-interval", "node", DateTimeOffset.UnixEpoch,
            TimeSpan.Zero, "failed", "boom", false);

        var result = await RetryAsync(run, Tenant, canOperate: false);

        Assert.Equal(RunRetryOutcome.Refired, result.Outcome);
        await Eventually.ReturnsAsync(() => jobs.RecentHousekeepingRunsAsync(100), r => r.Count > before.Count, TimeSpan.FromSeconds(30), "housekeeping to run again");
    }

    private static ExecutionView SyncRun(string triggerName) => new(
        SyncJobService.QuartzGroup, ConnectionId, SyncJobService.QuartzGroup, triggerName, "node", DateTimeOffset.UnixEpoch, TimeSpan.Zero,
        "failed", "The rules could not be read.", false);

    private Task<RunRetry> RetryAsync(ExecutionView run, Guid tenant, bool canOperate) =>
        App.Services.GetRequiredService<FailedRunRetry>().RetryAsync(run, tenant, "operator-1", canOperate, CancellationToken.None);

    private async Task SeedAsync(params (string Id, string Status)[] jobs)
    {
        // Finished now: housekeeping's retention must not take them.
        var now = TimeProvider.System.GetUtcNow();
        await using var db = await DbAsync();
        db.Connections.Add(new ConnectionRow { Id = ConnectionId, TenantId = Tenant, IntegrationId = "quickbooks", Status = ConnectionStatuses.Connected });
        foreach (var (id, status) in jobs)
        {
            db.SyncJobs.Add(new SyncJobRow
            {
                Id = id,
                TenantId = Tenant,
                ConnectionId = ConnectionId,
                IntegrationId = "quickbooks",
                JobType = "full",
                EntityTypesJson = "[]",
                Trigger = "manual",
                Status = status,
                RequestedBy = "someone",
                RequestedAt = now,
                FinishedAt = now,
            });
        }

        await db.SaveChangesAsync();
    }

    private Task<SyncConsoleDbContext> DbAsync() =>
        App.Services.GetRequiredService<IDbContextFactory<SyncConsoleDbContext>>().CreateDbContextAsync();
}
