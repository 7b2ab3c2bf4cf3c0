using Microsoft.Playwright;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.EndToEnd;

/// <summary>The console in real Chromium against the real app on a loopback port: sign in, navigate, click.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", TestCategories.Browser)]
public sealed class ConsoleSmokeTests(BrowserFixture browser) : AppTest(loopback: true)
{
    [Fact]
    public async Task BackgroundJobs_RunNowClicked_ShowsQueuedNotificationOverTheCircuit()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(BaseUri, "background-jobs").ToString());
        await page.ClickAsync("#demo-signin");
        await page.WaitForURLAsync("**/background-jobs");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Background jobs" })).ToBeVisibleAsync();

        // The notification can only come from the server over the circuit.
        await PageActions.ClickUntilVisibleAsync(
            page.GetByRole(AriaRole.Button, new() { Name = "Run housekeeping now" }),
            page.Locator("#run-result", new() { HasText = "will run on the next free worker" }));
        await Screenshots.SaveAsync(page, "background-jobs");
    }

    [Fact]
    public async Task Navigation_EveryConsoleArea_IsReachableFromTheMenu()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(BaseUri.ToString());
        await page.ClickAsync("#demo-signin");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();

        foreach (var area in new[] { "Integrations", "Sync jobs", "Conflicts", "Records", "Audit", "Dead letters", "Notifications", "Background jobs", "Admin" })
        {
            await PageActions.ClickUntilVisibleAsync(
                page.GetByRole(AriaRole.Navigation).GetByText(area, new() { Exact = true }),
                page.GetByRole(AriaRole.Heading, new() { Name = area, Exact = true }));
        }
    }
}
