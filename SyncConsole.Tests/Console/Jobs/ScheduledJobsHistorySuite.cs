using System.Security.Claims;
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
/// The run history of the Background jobs page, scoped in the service: a tenant's user pages through their
/// connections' runs only (never another tenant's or the system's), an admin through every run; on each provider's
/// real history store, with runs recorded for two tenants and the system.
/// </summary>
public abstract class ScheduledJobsHistorySuite(DatabaseProvider provider) : AppTest(provider)
{
    private static readonly ClaimsPrincipal OperatorA = TestUsers.Of(TenantA, "operator-a", "viewer", "operator");
    private readonly DateTimeOffset now = TimeProvider.System.GetUtcNow();
    private readonly Dictionary<string, string> runs = [];

    private ScheduledJobsService Jobs => App.Services.GetRequiredService<ScheduledJobsService>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var seed = new TwoTenantJobs(App.Services);
        await seed.ConnectBothAsync();
        // Interleaved in time, newest first: A's sync and polling runs between B's and the system's.
        var vendorA = PollingSchedules.TriggerKeyFor(ConnectionA, EntityType.Vendor);
        var reconcileA = PollingSchedules.ReconcileTriggerKeyFor(ConnectionA);
        (string Name, JobKey Job, TriggerKey Trigger, bool Failed)[] recorded =
        [
            ("a-sync-1", SyncJobOf(ConnectionA), new TriggerKey("job-1", SyncJobService.QuartzGroup), false),
            ("b-sync-1", SyncJobOf(ConnectionB), new TriggerKey("job-2", SyncJobService.QuartzGroup), true),
            ("a-vendor-1", ScheduledPollJob.Key, vendorA, true),
            ("system-1", HousekeepingJob.Key, new TriggerKey("housekeeping-every-interval", "system"), true),
            ("a-sync-2", SyncJobOf(ConnectionA), new TriggerKey("job-3", SyncJobService.QuartzGroup), true),
            ("b-vendor-1", ScheduledPollJob.Key, PollingSchedules.TriggerKeyFor(ConnectionB, EntityType.Vendor), false),
            ("a-reconcile-1", ScheduledPollJob.Key, reconcileA, false),
            ("a-vendor-2", ScheduledPollJob.Key, vendorA, false),
        ];
        for (var i = 0; i < recorded.Length; i++)
        {
            var (name, job, trigger, failed) = recorded[i];
            runs[await seed.RecordRunAsync(job, trigger, now.AddMinutes(-1 - i), failed)] = name;
        }
    }

    [Fact]
    public async Task HistoryAsync_OperatorOfTenantA_PagesThroughItsRunsOnlyNewestFirst()
    {
        var pages = new List<string>();
        for (var skip = 0; skip < 10; skip += 2)
        {
            var (items, _) = await Jobs.HistoryAsync(OperatorA, new HistorySearch(), skip, 2);
            pages.AddRange(items.Select(Name));
        }

        Assert.Equal(["a-sync-1", "a-vendor-1", "a-sync-2", "a-reconcile-1", "a-vendor-2"], pages);
    }

    [Fact]
    public async Task HistoryAsync_PageShorterThanTheRuns_SaysMoreFollow()
    {
        var (items, total) = await Jobs.HistoryAsync(OperatorA, new HistorySearch(), 0, 2);

        Assert.Equal(2, items.Count);
        Assert.True(total > 2);
    }

    [Theory]
    [InlineData("vendor", false, "a-vendor-1,a-vendor-2")]
    [InlineData("Reconcile", false, "a-reconcile-1")]
    [InlineData("sync", true, "a-sync-2")]
    [InlineData(null, true, "a-vendor-1,a-sync-2")]
    [InlineData("housekeeping", false, "")]
    public async Task HistoryAsync_OperatorOfTenantASearching_FindsItsMatchingRunsByTitle(string? text, bool failedOnly, string expected)
    {
        var (items, _) = await Jobs.HistoryAsync(OperatorA, new HistorySearch(text, failedOnly), 0, 20);

        Assert.Equal(expected, string.Join(',', items.Select(Name)));
    }

    [Fact]
    public async Task HistoryAsync_Admin_SeesEveryTenantsRunsAndTheSystemsWithTheirOwners()
    {
        var (items, _) = await Jobs.HistoryAsync(TestUsers.Admin(TenantA), new HistorySearch(), 0, 50);
        var seeded = items.Where(i => runs.ContainsKey(i.EntryId!)).ToList();

        Assert.Equal(runs.Count, seeded.Count);
        Assert.Equal("Beta Ltd", seeded.Single(i => Name(i) == "b-vendor-1").Owner?.TenantName);
        Assert.Equal("quickbooks vendor polling", seeded.Single(i => Name(i) == "b-vendor-1").Title);
        Assert.Null(seeded.Single(i => Name(i) == "system-1").Owner);
    }

    [Fact]
    public async Task HistoryAsync_UserWithoutARole_SeesNothing()
    {
        var (items, total) = await Jobs.HistoryAsync(TestUsers.Of(TenantA, "nobody"), new HistorySearch(), 0, 20);

        Assert.Equal((0, 0), (items.Count, total));
    }

    private string Name(ExecutionView run) => runs.GetValueOrDefault(run.EntryId ?? "", $"unexpected {run.Title}");
}
