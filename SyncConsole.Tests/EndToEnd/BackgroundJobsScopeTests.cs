using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SyncConsole.Jobs;
using SyncConsole.Tenancy;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.EndToEnd;

/// <summary>
/// The Background jobs page in real Chromium for two tenants, each with QuickBooks connected and one sync run done:
/// a viewer or operator of one tenant (signed in through an embed link, with their roles) sees only their tenant's
/// schedules and runs, never the other's nor the system's; a viewer gets no action buttons; an operator's "Run now"
/// queues a real sync job; an admin (the demo user) sees both tenants and the system jobs.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", TestCategories.Browser)]
public sealed class BackgroundJobsScopeTests(BrowserFixture browser) : AppTest(loopback: true)
{
    private static readonly TimeSpan SyncTimeout = TimeSpan.FromMinutes(3);
    private static readonly Guid TenantA = Guid.NewGuid();
    private static readonly Guid TenantB = Guid.NewGuid();
    private static readonly string[] ActionButtons = ["Run now", "Pause", "Resume", "Retry"];
    private static readonly string[] Accounts = ["account"];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ConnectAndSyncAsync(TenantA, "Alpha Ltd");
        await ConnectAndSyncAsync(TenantB, "Beta Ltd");
    }

    [Fact]
    public async Task Viewer_SeesOnlyTheirTenantsSchedulesAndRuns_AndNoActionButtons()
    {
        var page = await EmbeddedPageAsync(TenantA, "viewer");

        // Their own sync run only: B's is not listed, nor housekeeping's (it ran at start-up).
        await PageActions.ClickUntilVisibleAsync(page.Locator("#refresh-jobs"), HistoryRows(page).First);
        await Assertions.Expect(HistoryRows(page)).ToHaveCountAsync(1);
        await Assertions.Expect(HistoryRows(page)).ToContainTextAsync(["quickbooks sync"]);
        await Assertions.Expect(page.Locator("#schedules .rz-data-row")).ToHaveCountAsync(await SchedulesOfAsync(TenantA));
        await Assertions.Expect(page.GetByText("housekeeping")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Tenant" })).ToHaveCountAsync(0);
        foreach (var action in ActionButtons)
        {
            await Assertions.Expect(page.Locator("button", new() { HasText = action })).ToHaveCountAsync(0);
        }
    }

    [Fact]
    public async Task Operator_RunNowOnTheirConnection_QueuesASyncJobListedWithTheirJobs()
    {
        var page = await EmbeddedPageAsync(TenantA, "viewer", "operator");
        await Assertions.Expect(page.Locator("#schedules .rz-data-row")).ToHaveCountAsync(await SchedulesOfAsync(TenantA));

        await PageActions.ClickUntilVisibleAsync(
            page.GetByRole(AriaRole.Button, new() { Name = "Run quickbooks sync now", Exact = true }), page.Locator("#run-job-link"));

        await Assertions.Expect(page.Locator("#run-result")).ToContainTextAsync("a sync job is queued");
        var href = await page.Locator("#run-job-link").GetAttributeAsync("href") ?? "";
        var jobId = href[(href.LastIndexOf('/') + 1)..];
        using var api = App.CreateApiClient(TenantA, "viewer");
        var jobs = await api.GetFromJsonAsync<JsonElement>(new Uri("/api/sync-jobs?job_type=incremental", UriKind.Relative));
        var job = jobs.GetProperty("items").EnumerateArray().Single(j => j.GetProperty("id").GetString() == jobId);
        Assert.Equal(("incremental", "manual"), (job.GetProperty("job_type").GetString(), job.GetProperty("trigger").GetString()));
        await page.Locator("#run-job-link").ClickAsync();
        await page.WaitForURLAsync($"**/embed/jobs/{jobId}");
    }

    [Fact]
    public async Task Admin_SeesBothTenantsAndTheSystemJobs_WithATenantColumn()
    {
        var page = await browser.SignedInPageAsync(BaseUri, "background-jobs");

        await PageActions.ClickUntilVisibleAsync(page.Locator("#refresh-jobs"), HistoryRows(page).Filter(new() { HasText = "Beta Ltd" }).First);
        await Assertions.Expect(HistoryRows(page).Filter(new() { HasText = "Alpha Ltd" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Tenant" }).First).ToBeVisibleAsync();
        foreach (var name in new[] { "Run quickbooks sync of Alpha Ltd now", "Run quickbooks sync of Beta Ltd now", "Run housekeeping now" })
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Recent housekeeping runs" })).ToBeVisibleAsync();
    }

    private static ILocator HistoryRows(IPage page) => page.Locator("#run-history .rz-data-row");

    // The tenant's schedules as the service lists them for an admin: what their own users must see, no more.
    private async Task<int> SchedulesOfAsync(Guid tenant)
    {
        var all = await App.Services.GetRequiredService<ScheduledJobsService>().ListAsync(TestUsers.Admin(tenant));
        var count = all.Count(j => j.Owner?.TenantId == tenant);
        Assert.InRange(count, 2, all.Count - 2); // its sync and polling schedules; the other tenant's and the system's besides
        return count;
    }

    private async Task ConnectAndSyncAsync(Guid tenant, string name)
    {
        await using (var db = await App.CreateDbContextAsync())
        {
            db.Tenants.Add(new Tenant { Id = tenant, Name = name, CreatedAt = TimeProvider.System.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        using var api = App.CreateApiClient(tenant, "operator", "viewer");
        await QuickBooksConnector.ConnectAsync(api, BaseUri);
        var job = await SyncJobRunner.RunAsync(api, new { integration_id = "quickbooks", job_type = "entity", entity_types = Accounts }, SyncTimeout);
        Assert.Equal("succeeded", job.GetProperty("status").GetString());
    }

    // Signed in as the host application's user would be: an embed link issued for their bearer token, opened at the top.
    private async Task<IPage> EmbeddedPageAsync(Guid tenant, params string[] roles)
    {
        using var api = App.CreateApiClient(tenant, roles);
        using var issued = await api.PostAsJsonAsync(new Uri("/api/embed-tokens", UriKind.Relative), new { path = "/background-jobs" });
        var url = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Background jobs" })).ToBeVisibleAsync();
        return page;
    }
}
