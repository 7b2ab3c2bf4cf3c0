using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using SyncConsole.Demo;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.EndToEnd;

/// <summary>
/// The Background jobs page in real Chromium: a sync job whose Quartz run failed is retried from the Failed list as a
/// new sync job (the same retry as the job page's), and the page links to that job.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", TestCategories.Browser)]
public sealed class BackgroundJobsRetryTests(BrowserFixture browser) : AppTest(loopback: true)
{
    private static readonly TimeSpan SyncTimeout = TimeSpan.FromMinutes(3);

    private Guid TenantId => App.Services.GetRequiredService<IOptions<DemoOptions>>().Value.TenantId;

    [Fact]
    public async Task FailedSyncRun_RetryClicked_RunsItsSyncJobAgainAsANewJobAndLinksToIt()
    {
        using var api = App.CreateApiClient(TenantId, "operator", "viewer");
        await QuickBooksConnector.ConnectAsync(api, BaseUri);
        // A stored rule the job cannot read makes its Quartz run throw before the sync starts.
        var rule = await SetCustomerRuleJsonAsync("not json");
        using var started = await api.PostAsJsonAsync(new Uri("/api/sync-jobs", UriKind.Relative), new { integration_id = "quickbooks", job_type = "full" });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var failedId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Equal("failed", (await SyncJobRunner.WaitAsync(api, failedId, SyncTimeout)).GetProperty("status").GetString());
        await SetCustomerRuleJsonAsync(rule);
        // The demo user is an admin, who sees every tenant's runs: the button names the tenant.
        var page = await SignedInPageAsync("background-jobs");
        var retry = page.Locator("#failed-runs").GetByRole(AriaRole.Button, new() { Name = "Retry quickbooks sync of Demo company" });
        // The run reaches Quartz's history just after the job row says failed: refresh until it is listed.
        await PageActions.ClickUntilVisibleAsync(page.Locator("#refresh-jobs"), retry);
        await PageActions.ClickUntilVisibleAsync(retry, page.Locator("#retry-job-link"));

        await Assertions.Expect(page.Locator("#retry-result")).ToContainTextAsync("runs again as a new job");
        var href = await page.Locator("#retry-job-link").GetAttributeAsync("href") ?? "";
        var retriedId = href[(href.LastIndexOf('/') + 1)..];
        await using (var db = await App.CreateDbContextAsync())
        {
            var retried = await db.SyncJobs.SingleAsync(j => j.TenantId == TenantId && j.Id == retriedId);
            Assert.NotEqual(failedId, retried.Id);
            Assert.Equal(failedId, retried.RetryOf);
            Assert.Equal("demo-user", retried.RequestedBy);
            // A click lost while the circuit starts is clicked again, so there may be more than one entry; each is this retry.
            var audit = await db.AuditEntries.Where(a => a.TenantId == TenantId && a.Action == "sync_job.retried").ToListAsync();
            Assert.NotEmpty(audit);
            Assert.All(audit, a => Assert.Equal(("demo-user", failedId), (a.Actor, a.RecordId)));
        }

        // The new job really runs (the old id would have been skipped as finished), and the link opens it.
        Assert.Equal("succeeded", (await SyncJobRunner.WaitAsync(api, retriedId, SyncTimeout)).GetProperty("status").GetString());
        await page.Locator("#retry-job-link").ClickAsync();
        await page.WaitForURLAsync($"**/jobs/{retriedId}");
        await Assertions.Expect(page.GetByText($"Job {retriedId}")).ToBeVisibleAsync();
    }

    private async Task<string> SetCustomerRuleJsonAsync(string json)
    {
        await using var db = await App.CreateDbContextAsync();
        var row = await db.SyncRules.SingleAsync(r => r.TenantId == TenantId && r.IntegrationId == "quickbooks" && r.EntityType == "customer");
        var before = row.RuleJson;
        row.RuleJson = json;
        await db.SaveChangesAsync();
        return before;
    }

    private Task<IPage> SignedInPageAsync(string path) => browser.SignedInPageAsync(BaseUri, path);
}
