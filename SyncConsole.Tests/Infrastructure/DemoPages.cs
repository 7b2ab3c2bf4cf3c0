using Microsoft.Playwright;

namespace SyncConsole.Tests.Infrastructure;

internal static class DemoPages
{
    /// <summary>
    /// Opens a console page in a new browser context through the demo sign-in (the demo user: the demo tenant, every
    /// role) and waits until it is back on that page.
    /// </summary>
    public static async Task<IPage> SignedInPageAsync(this BrowserFixture browser, Uri baseUri, string path)
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(baseUri, path).ToString());
        await page.ClickAsync("#demo-signin");
        await page.WaitForURLAsync("**/" + path);
        return page;
    }
}
