using System.Globalization;
using Microsoft.Playwright;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.EndToEnd;

/// <summary>Times on console pages follow the browser's time zone once the circuit has asked it.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", TestCategories.Browser)]
public sealed class LocalTimeBrowserTests(BrowserFixture browser) : AppTest(loopback: true)
{
    [Fact]
    public async Task BackgroundJobs_InABrowserInTokyo_ShowsNextRunInTokyoTime()
    {
        await using var context = await browser.Browser.NewContextAsync(new()
        {
            TimezoneId = "Asia/Tokyo",
            ViewportSize = new() { Width = 1280, Height = 800 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(BaseUri, "background-jobs").ToString());
        await page.ClickAsync("#demo-signin");

        var nextRun = page.Locator("section[aria-labelledby=schedules-heading] time").First;
        await Assertions.Expect(nextRun).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("UTC\\+09:00$"));
        await Assertions.Expect(nextRun).ToHaveAttributeAsync("title", "Asia/Tokyo");
        var instant = DateTimeOffset.Parse((await nextRun.GetAttributeAsync("datetime"))!, CultureInfo.InvariantCulture);
        var expected = instant.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC+09:00";
        Assert.Equal(expected, (await nextRun.TextContentAsync())!.Trim());
    }
}
