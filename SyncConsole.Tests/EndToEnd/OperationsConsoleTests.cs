using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using SyncConsole.Core.Schema;
using SyncConsole.Demo;
using SyncConsole.Integrations;
using SyncConsole.Jobs;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.EndToEnd;

/// <summary>The operations console in real Chromium: integrations, rules, sync jobs and background jobs.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", TestCategories.Browser)]
public sealed class OperationsConsoleTests(BrowserFixture browser) : AppTest(loopback: true)
{
    private static readonly TimeSpan SyncTimeout = TimeSpan.FromMinutes(3);

    private Guid TenantId => App.Services.GetRequiredService<IOptions<DemoOptions>>().Value.TenantId;

    [Fact]
    public async Task Integrations_ConnectClicked_ConnectsQuickBooksThroughTheEmulatorsConsentPage()
    {
        var page = await SignedInPageAsync("integrations");
        await Assertions.Expect(page.GetByText("not connected")).ToBeVisibleAsync();

        await PageActions.ClickUntilVisibleAsync(
            page.GetByRole(AriaRole.Button, new() { Name = "Connect QuickBooks Online" }),
            page.GetByRole(AriaRole.Heading, new() { Name = "Connect to QuickBooks (sandbox emulator)" }));
        await page.GetByLabel("Company").SelectOptionAsync("new:demo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Connect", Exact = true }).ClickAsync();

        await page.WaitForURLAsync("**/integrations?connected=quickbooks");
        await Assertions.Expect(page.Locator("#connect-result")).ToContainTextAsync("Connected to QuickBooks Online");
        await Assertions.Expect(page.GetByText("Refresh token expires")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Disconnect QuickBooks Online" })).ToBeVisibleAsync();
        await using (var db = await App.CreateDbContextAsync())
        {
            var connection = await db.Connections.SingleAsync(c => c.TenantId == TenantId && c.IntegrationId == "quickbooks");
            Assert.Equal(ConnectionStatuses.Connected, connection.Status);
            Assert.NotNull(connection.ProtectedCredentials);
            Assert.Contains(connection.ExternalAccountId!, await page.ContentAsync(), StringComparison.Ordinal);
        }

        await Screenshots.SaveAsync(page, "integrations");
    }

    [Fact]
    public async Task Rules_InvalidFrequency_ShowsAnInlineErrorThenSavesOnceFixed()
    {
        var page = await SignedInPageAsync("integrations/quickbooks/rules");
        var customer = page.Locator("section[data-entity=customer]");
        var frequency = customer.Locator(".rz-numeric input");
        await Assertions.Expect(frequency).ToHaveValueAsync("15");

        // Typed before the circuit takes over the prerendered page, the value is lost: type and save again, as a person would.
        var inlineError = customer.GetByText("The frequency must be between 0 (never) and 43200 minutes; got 99999.");
        for (var attempt = 0; attempt < 20 && !await inlineError.IsVisibleAsync(); attempt++)
        {
            await frequency.FillAsync("99999");
            await page.Locator("#save-rules").ClickAsync();
            await page.WaitForTimeoutAsync(500);
        }

        await Assertions.Expect(inlineError).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#rules-error-summary")).ToBeVisibleAsync();
        await customer.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(page, "rules");
        Assert.Equal(15, await CustomerFrequencyAsync());

        await frequency.FillAsync("30");
        await page.Locator("#save-rules").ClickAsync();
        await Assertions.Expect(page.GetByText("The sync rules are saved")).ToBeVisibleAsync();
        await Assertions.Expect(customer.GetByText("The frequency must be between")).ToHaveCountAsync(0);
        Assert.Equal(30, await CustomerFrequencyAsync());
        await using var db = await App.CreateDbContextAsync();
        // The invalid save wrote nothing; the valid one is audited with the new value.
        var audit = await db.AuditEntries.Where(a => a.TenantId == TenantId && a.Action == "rules.updated").ToListAsync();
        Assert.DoesNotContain(audit, a => a.After!.Contains("99999", StringComparison.Ordinal));
        var entry = Assert.Single(audit, a => a.After!.Contains("\"frequency_minutes\":30", StringComparison.Ordinal));
        Assert.Equal("demo-user", entry.Actor);
    }

    [Fact]
    public async Task Jobs_FullSyncStartedFromTheJobsPage_ProgressBarMovesThenCompletes()
    {
        await ConnectAsync();
        var page = await SignedInPageAsync("jobs");
        await Assertions.Expect(page.GetByText("No sync job matches")).ToBeVisibleAsync();

        await PageActions.ClickUntilVisibleAsync(page.Locator("#start-sync"), page.Locator(".rz-dialog-wrapper"));
        await page.GetByText("Full (every record)").ClickAsync();
        await page.Locator("#start-job-confirm").ClickAsync();

        var bar = page.Locator(".row-progress [role=progressbar]").First;
        await Assertions.Expect(bar).ToBeVisibleAsync();
        // Live updates move the bar while the job runs: a value strictly between 0 and 100, then 100 and succeeded.
        var intermediate = await Eventually.ReturnsAsync(() => ValueAsync(bar), v => v is > 0 and < 100, SyncTimeout, "an intermediate progress value");
        Assert.InRange(intermediate, 0.1, 99.9);
        await Screenshots.SaveAsync(page, "jobs");
        await Eventually.ReturnsAsync(() => ValueAsync(bar), v => v >= 100, SyncTimeout, "the progress bar to complete");
        await Assertions.Expect(page.Locator("#sync-jobs").GetByText("succeeded", new() { Exact = true })).ToBeVisibleAsync();

        await PageActions.ClickUntilVisibleAsync(
            page.Locator("#sync-jobs").GetByRole(AriaRole.Link).First, page.GetByRole(AriaRole.Heading, new() { Name = "Entity counts" }));
        await Assertions.Expect(page.Locator("#entity-counts")).ToContainTextAsync("customer");
        await Assertions.Expect(page.Locator("#record-results")).ToContainTextAsync("created");
        await Screenshots.SaveAsync(page, "job-detail");
    }

    [Fact]
    public async Task JobDetail_CancelClickedWhileRunning_StopsTheJob()
    {
        using var api = await ConnectAsync();
        // Customers of ours to push at QuickBooks' 10 requests a second: the job runs long enough to be cancelled.
        foreach (var n in Enumerable.Range(1, 80))
        {
            using var put = await api.PutAsJsonAsync(
                new Uri($"/api/records/customer/{Guid.NewGuid():D}", UriKind.Relative), new { display_name = $"Cancel me {n} {Guid.NewGuid():N}"[..24], active = true });
            Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        }

        using var started = await api.PostAsJsonAsync(new Uri("/api/sync-jobs", UriKind.Relative), new { integration_id = "quickbooks", job_type = "full" });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var jobId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var page = await SignedInPageAsync($"jobs/{jobId}");
        var bar = page.Locator("#job-progress");
        await Eventually.ReturnsAsync(() => ValueAsync(bar), v => v > 0, SyncTimeout, "the job to make progress");
        var confirm = page.Locator(".rz-dialog-wrapper");
        await PageActions.ClickUntilVisibleAsync(page.Locator("#cancel-job"), confirm);
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Cancel job" }).ClickAsync();

        await Assertions.Expect(page.Locator(".job-detail[data-status=cancelled]")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#retry-job")).ToBeVisibleAsync();
        var job = await SyncJobRunner.WaitAsync(api, jobId, SyncTimeout);
        Assert.Equal("cancelled", job.GetProperty("status").GetString());
        Assert.True(job.GetProperty("progress").GetDouble() < 1);
    }

    [Fact]
    public async Task BackgroundJobs_PauseThenResume_ChangesTheSchedulesState()
    {
        var page = await SignedInPageAsync("background-jobs");
        var jobs = App.Services.GetRequiredService<ScheduledJobsService>();
        // The demo user is an admin: housekeeping, a system job, is theirs to pause.
        var admin = TestUsers.Admin(TenantId);

        await PageActions.ClickUntilVisibleAsync(
            page.GetByRole(AriaRole.Button, new() { Name = "Pause housekeeping" }),
            page.GetByRole(AriaRole.Button, new() { Name = "Resume housekeeping" }));
        await Assertions.Expect(page.Locator(".rz-data-row", new() { HasText = "housekeeping" }).GetByText("paused")).ToBeVisibleAsync();
        Assert.True((await jobs.ListAsync(admin)).Single(j => j.Title == "housekeeping").Paused);

        await PageActions.ClickUntilVisibleAsync(
            page.GetByRole(AriaRole.Button, new() { Name = "Resume housekeeping" }),
            page.GetByRole(AriaRole.Button, new() { Name = "Pause housekeeping" }));
        Assert.False((await jobs.ListAsync(admin)).Single(j => j.Title == "housekeeping").Paused);
    }

    private Task<IPage> SignedInPageAsync(string path) => browser.SignedInPageAsync(BaseUri, path);

    private async Task<HttpClient> ConnectAsync()
    {
        var api = App.CreateApiClient(TenantId, "operator", "viewer");
        await QuickBooksConnector.ConnectAsync(api, BaseUri);
        return api;
    }

    private async Task<int> CustomerFrequencyAsync() =>
        (await App.Services.GetRequiredService<SyncRuleService>().GetAsync(TenantId, "quickbooks", CancellationToken.None))
            .Single(r => r.EntityType == EntityType.Customer).FrequencyMinutes;

    private static async Task<double> ValueAsync(ILocator progressBar) =>
        double.Parse(await progressBar.GetAttributeAsync("aria-valuenow") ?? "0", CultureInfo.InvariantCulture);
}
