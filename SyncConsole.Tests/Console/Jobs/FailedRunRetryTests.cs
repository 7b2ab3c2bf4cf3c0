using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SyncConsole.Core.Schema;
using SyncConsole.Data;
using SyncConsole.Jobs;
using SyncConsole.SyncJobs;
using SyncConsole.Tests.Infrastructure;
using static SyncConsole.Tests.Console.Jobs.TwoTenantJobs;

namespace SyncConsole.Tests.Console.Jobs;

/// <summary>
/// Retrying a failed run from the Background jobs page, on the real scheduler, history store and database: a sync run
/// becomes a new sync job under the job page's rules, a polling run queues the sync it polls for, a system job is
/// fired again; the run is named by its history entry and checked against the caller's tenant and role.
/// </summary>
[Trait("Category", TestCategories.Integration)]
public sealed class FailedRunRetryTests() : AppTest
{
    private TwoTenantJobs seed = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        seed = new TwoTenantJobs(App.Services);
        await seed.ConnectBothAsync();
    }

    [Fact]
    public async Task Retry_FailedSyncRunOfARetriedTrigger_RetriesItsSyncJobAsANewAuditedJob()
    {
        await SeedJobsAsync(("failed-job", "failed"));
        var run = await SyncRunAsync("failed-job:retry:2");

        var result = await RetryAsync(run, TestUsers.Of(TenantA, "operator-1", "operator"));

        Assert.Equal(JobActionOutcome.SyncJobQueued, result.Outcome);
        await using var db = await seed.DbAsync();
        var retry = await db.SyncJobs.SingleAsync(j => j.Id == result.JobId);
        Assert.Equal("failed-job", retry.RetryOf);
        Assert.Equal("operator-1", retry.RequestedBy);
        Assert.Equal("full", retry.JobType);
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == SyncJobService.RetriedAction);
        Assert.Equal((TenantA, "operator-1", "failed-job"), (audit.TenantId, audit.Actor, audit.RecordId));
    }

    [Theory]
    [InlineData("done-job", "operator", "tenant", JobActionOutcome.Refused, "succeeded")]
    [InlineData("failed-job", "operator", "stranger", JobActionOutcome.NotFound, "does not exist")]
    [InlineData("failed-job", "viewer", "tenant", JobActionOutcome.Refused, "operator role")]
    [InlineData("MT_1234", "operator", "tenant", JobActionOutcome.Refused, "names no sync job")]
    public async Task Retry_SyncRunTheRulesRefuse_CreatesNothing(string trigger, string role, string who, JobActionOutcome outcome, string reason)
    {
        await SeedJobsAsync(("failed-job", "failed"), ("done-job", "succeeded"));
        var run = await SyncRunAsync(trigger, trigger.StartsWith("MT_", StringComparison.Ordinal) ? "DEFAULT" : SyncJobService.QuartzGroup);

        var result = await RetryAsync(run, TestUsers.Of(who == "tenant" ? TenantA : Guid.NewGuid(), "operator-1", role));

        Assert.Equal(outcome, result.Outcome);
        Assert.Contains(reason, result.Reason, StringComparison.Ordinal);
        await using var db = await seed.DbAsync();
        Assert.Equal(2, await db.SyncJobs.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.Action == SyncJobService.RetriedAction));
    }

    [Fact]
    public async Task Retry_FailedPollingRun_QueuesTheEntitySyncItPollsFor()
    {
        var run = await seed.RecordRunAsync(
            ScheduledPollJob.Key, PollingSchedules.TriggerKeyFor(ConnectionA, EntityType.Customer), TimeProvider.System.GetUtcNow(), failed: true);

        var result = await RetryAsync(run, TestUsers.Of(TenantA, "operator-1", "operator"));

        Assert.Equal(JobActionOutcome.SyncJobQueued, result.Outcome);
        await using var db = await seed.DbAsync();
        var job = await db.SyncJobs.SingleAsync(j => j.Id == result.JobId);
        Assert.Equal((TenantA, ConnectionA, "entity", "[\"customer\"]"), (job.TenantId, job.ConnectionId, job.JobType, job.EntityTypesJson));
    }

    [Fact]
    public async Task Retry_FailedHousekeepingRun_FiresHousekeepingAgainForAnAdminOnly()
    {
        var admin = TestUsers.Admin(TenantA);
        var jobs = App.Services.GetRequiredService<ScheduledJobsService>();
        // Wait out the start-up run, so the next one can only be the retry's.
        var before = await Eventually.ReturnsAsync(() => jobs.RecentHousekeepingRunsAsync(admin, 100), r => r.Count > 0, TimeSpan.FromSeconds(30), "the start-up housekeeping run");
        var run = await seed.RecordRunAsync(HousekeepingJob.Key, new TriggerKey("housekeeping-every-interval", "system"), TimeProvider.System.GetUtcNow(), failed: true);

        Assert.Equal(JobActionOutcome.NotFound, (await RetryAsync(run, TestUsers.Of(TenantA, "operator-1", "operator"))).Outcome);
        var result = await RetryAsync(run, admin);

        Assert.Equal(JobActionOutcome.Done, result.Outcome);
        await Eventually.ReturnsAsync(() => jobs.RecentHousekeepingRunsAsync(admin, 100), r => r.Count > before.Count, TimeSpan.FromSeconds(30), "housekeeping to run again");
    }

    private Task<string> SyncRunAsync(string triggerName, string triggerGroup = SyncJobService.QuartzGroup) =>
        seed.RecordRunAsync(SyncJobOf(ConnectionA), new TriggerKey(triggerName, triggerGroup), TimeProvider.System.GetUtcNow(), failed: true);

    private Task<JobAction> RetryAsync(string entryId, ClaimsPrincipal user) =>
        App.Services.GetRequiredService<FailedRunRetry>().RetryAsync(user, entryId, CancellationToken.None);

    private async Task SeedJobsAsync(params (string Id, string Status)[] jobs)
    {
        // Finished now: housekeeping's retention must not take them.
        var now = TimeProvider.System.GetUtcNow();
        await using SyncConsoleDbContext db = await seed.DbAsync();
        foreach (var (id, status) in jobs)
        {
            db.SyncJobs.Add(new SyncJobRow
            {
                Id = id,
                TenantId = TenantA,
                ConnectionId = ConnectionA,
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
}
