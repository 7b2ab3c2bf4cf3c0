using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SyncConsole.Core.Schema;
using SyncConsole.Jobs;
using SyncConsole.SyncJobs;
using SyncConsole.Tests.Infrastructure;
using static SyncConsole.Tests.Console.Jobs.TwoTenantJobs;

namespace SyncConsole.Tests.Console.Jobs;

/// <summary>
/// The Background jobs schedules and their actions, scoped by tenant and role in the service (not the page), on the
/// real scheduler and database with two tenants' connections.
/// </summary>
[Trait("Category", TestCategories.Integration)]
public sealed class ScheduledJobsServiceTests() : AppTest
{
    private static readonly ClaimsPrincipal ViewerA = TestUsers.Of(TenantA, "viewer-a", "viewer");
    private static readonly ClaimsPrincipal OperatorA = TestUsers.Of(TenantA, "operator-a", "viewer", "operator");
    private static readonly ScheduleKey SyncA = new(ScheduleKind.Job, SyncJobService.QuartzGroup, ConnectionA);
    private static readonly ScheduleKey SyncB = new(ScheduleKind.Job, SyncJobService.QuartzGroup, ConnectionB);
    private static readonly ScheduleKey VendorPollB = TriggerOf(PollingSchedules.TriggerKeyFor(ConnectionB, EntityType.Vendor));
    private static readonly ScheduleKey Housekeeping = new(ScheduleKind.Job, HousekeepingJob.Key.Group, HousekeepingJob.Key.Name);

    private ScheduledJobsService Jobs => App.Services.GetRequiredService<ScheduledJobsService>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var seed = new TwoTenantJobs(App.Services);
        await seed.ConnectBothAsync();
        await seed.RequestSyncAsync(TenantA, ConnectionA);
        await seed.RequestSyncAsync(TenantB, ConnectionB);
    }

    [Theory]
    [InlineData("viewer")]
    [InlineData("operator")]
    public async Task ListAsync_UserOfTenantA_SeesOnlyItsConnectionsSchedulesNotBsNorTheSystems(string role)
    {
        var listed = await Jobs.ListAsync(TestUsers.Of(TenantA, "someone", role));

        Assert.All(listed, j => Assert.Equal((TenantA, ConnectionA), (j.Owner?.TenantId, j.Owner?.ConnectionId)));
        Assert.Contains(listed, j => j.Key == SyncA && j.Title == "quickbooks sync");
        Assert.Contains(listed, j => j.Title == "quickbooks vendor polling" && j.Key.Kind == ScheduleKind.Trigger);
        Assert.Contains(listed, j => j.Title == "quickbooks reconcile");
    }

    [Fact]
    public async Task ListAsync_Admin_SeesEveryTenantsSchedulesAndTheSystemJobs()
    {
        var listed = await Jobs.ListAsync(TestUsers.Admin(TenantA));

        Assert.Contains(listed, j => j.Key == SyncA && j.Owner?.TenantName == "Alpha Ltd");
        Assert.Contains(listed, j => j.Key == SyncB && j.Owner?.TenantName == "Beta Ltd");
        Assert.Contains(listed, j => j.Key == VendorPollB && j.Owner?.TenantId == TenantB);
        Assert.Contains(listed, j => j.Key == Housekeeping && j.Owner is null);
        // The shared polling job is listed as its triggers, never as itself.
        Assert.DoesNotContain(listed, j => j.Key.Kind == ScheduleKind.Job && j.Key.Name == ScheduledPollJob.Key.Name && j.Key.Group == ScheduledPollJob.Key.Group);
    }

    [Fact]
    public async Task RunNowAsync_OperatorOnItsConnectionsSyncSchedule_QueuesAnIncrementalSyncJobListedWithItsJobs()
    {
        var result = await Jobs.RunNowAsync(OperatorA, SyncA);

        Assert.Equal(JobActionOutcome.SyncJobQueued, result.Outcome);
        var (rows, _) = await App.Services.GetRequiredService<SyncJobQueries>().ListAsync(TenantA, new SyncJobQueries.JobFilter(), 0, 50, CancellationToken.None);
        var job = Assert.Single(rows, j => j.Id == result.JobId);
        Assert.Equal((ConnectionA, "incremental", "manual", "operator-a"), (job.ConnectionId, job.JobType, job.Trigger, job.RequestedBy));
    }

    [Fact]
    public async Task RunNowAsync_OperatorOnAPollingSchedule_QueuesTheEntitySyncItPollsFor()
    {
        var result = await Jobs.RunNowAsync(OperatorA, TriggerOf(PollingSchedules.TriggerKeyFor(ConnectionA, EntityType.Vendor)));

        Assert.Equal(JobActionOutcome.SyncJobQueued, result.Outcome);
        await using var db = await new TwoTenantJobs(App.Services).DbAsync();
        var job = await db.SyncJobs.SingleAsync(j => j.Id == result.JobId);
        Assert.Equal((TenantA, "entity", "[\"vendor\"]", "manual"), (job.TenantId, job.JobType, job.EntityTypesJson, job.Trigger));
    }

    [Fact]
    public async Task Actions_OperatorOfTenantAOnTenantBsOrSystemJobs_AreNotFoundAndChangeNothing()
    {
        var seed = new TwoTenantJobs(App.Services);
        var runOfB = await seed.RecordRunAsync(SyncJobOf(ConnectionB), new TriggerKey("job-of-b", SyncJobService.QuartzGroup), TimeProvider.System.GetUtcNow(), failed: true);
        var before = await CountsAsync(seed);

        JobAction[] results =
        [
            await Jobs.RunNowAsync(OperatorA, SyncB),
            await Jobs.RunNowAsync(OperatorA, VendorPollB),
            await Jobs.RunNowAsync(OperatorA, Housekeeping),
            await Jobs.SetPausedAsync(OperatorA, SyncB, paused: true),
            await Jobs.SetPausedAsync(OperatorA, VendorPollB, paused: true),
            await Jobs.SetPausedAsync(OperatorA, Housekeeping, paused: true),
            await App.Services.GetRequiredService<FailedRunRetry>().RetryAsync(OperatorA, runOfB, CancellationToken.None),
        ];

        Assert.All(results, r => Assert.Equal(JobActionOutcome.NotFound, r.Outcome));
        Assert.Equal(before, await CountsAsync(seed));
        Assert.DoesNotContain(await Jobs.ListAsync(TestUsers.Admin(TenantA)), j => j.Paused);
    }

    [Fact]
    public async Task Actions_ViewerOnItsOwnTenantsJobs_AreRefusedAndChangeNothing()
    {
        var seed = new TwoTenantJobs(App.Services);
        var before = await CountsAsync(seed);

        var run = await Jobs.RunNowAsync(ViewerA, SyncA);
        var pause = await Jobs.SetPausedAsync(ViewerA, SyncA, paused: true);

        Assert.Equal((JobActionOutcome.Refused, JobActionOutcome.Refused), (run.Outcome, pause.Outcome));
        Assert.Contains("operator", run.Reason, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(seed));
        Assert.False((await Jobs.ListAsync(ViewerA)).Single(j => j.Key == SyncA).Paused);
    }

    [Fact]
    public async Task SetPausedAsync_OperatorOnAPollingSchedule_PausesAndResumesThatTriggerOnly()
    {
        var vendor = TriggerOf(PollingSchedules.TriggerKeyFor(ConnectionA, EntityType.Vendor));

        Assert.Equal(JobActionOutcome.Done, (await Jobs.SetPausedAsync(OperatorA, vendor, paused: true)).Outcome);
        var paused = await Jobs.ListAsync(TestUsers.Admin(TenantA));
        Assert.Equal([vendor], paused.Where(j => j.Paused).Select(j => j.Key));

        Assert.Equal(JobActionOutcome.Done, (await Jobs.SetPausedAsync(OperatorA, vendor, paused: false)).Outcome);
        Assert.DoesNotContain(await Jobs.ListAsync(OperatorA), j => j.Paused);
    }

    [Fact]
    public async Task RecentHousekeepingRunsAsync_NonAdmin_GetsNone()
    {
        await Eventually.ReturnsAsync(
            () => Jobs.RecentHousekeepingRunsAsync(TestUsers.Admin(TenantA), 10), r => r.Count > 0, TimeSpan.FromSeconds(30), "the start-up housekeeping run");

        Assert.Empty(await Jobs.RecentHousekeepingRunsAsync(OperatorA, 10));
    }

    private static ScheduleKey TriggerOf(TriggerKey key) => new(ScheduleKind.Trigger, key.Group, key.Name);

    private static async Task<(int Jobs, int Audit)> CountsAsync(TwoTenantJobs seed)
    {
        await using var db = await seed.DbAsync();
        return (await db.SyncJobs.CountAsync(), await db.AuditEntries.CountAsync());
    }
}
