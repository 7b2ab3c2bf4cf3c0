using Microsoft.Playwright;
using SyncConsole.Data;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.EndToEnd;

/// <summary>The console in real Chromium against the real app on a loopback port: sign in, navigate, click.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", TestCategories.Browser)]
public sealed class ConsoleSmokeTests(BrowserFixture browser) : IAsyncLifetime
{
    private TestDatabase database = default!;
    private SyncConsoleAppFactory app = default!;
    private Uri baseUri = default!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        app = new SyncConsoleAppFactory(database);
        baseUri = app.StartOnLoopback();
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        database.Dispose();
    }

    [Fact]
    public async Task BackgroundJobs_RunNowClicked_ShowsQueuedNotificationOverTheCircuit()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(baseUri, "background-jobs").ToString());
        await page.ClickAsync("#demo-signin");
        await page.WaitForURLAsync("**/background-jobs");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Background jobs" })).ToBeVisibleAsync();

        // The notification can only come from the server over the circuit.
        await PageActions.ClickUntilVisibleAsync(
            page.GetByRole(AriaRole.Button, new() { Name = "Run housekeeping now" }),
            page.GetByText("will run on the next free worker"));
        await Screenshots.SaveAsync(page, "background-jobs");
    }

    [Fact]
    public async Task Navigation_EveryConsoleArea_IsReachableFromTheMenu()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUri.ToString());
        await page.ClickAsync("#demo-signin");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "dashboard");

        foreach (var area in new[] { "Integrations", "Sync jobs", "Conflicts", "Records", "Audit", "Background jobs", "Admin" })
        {
            await PageActions.ClickUntilVisibleAsync(
                page.GetByRole(AriaRole.Navigation).GetByText(area, new() { Exact = true }),
                page.GetByRole(AriaRole.Heading, new() { Name = area, Exact = true }));
        }
    }
}
