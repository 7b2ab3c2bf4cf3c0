using Microsoft.Playwright;

namespace SyncConsole.Tests.Infrastructure;

/// <summary>
/// Saves a page screenshot when SYNCCONSOLE_SCREENSHOTS names a folder (docs/screenshots is refreshed this way);
/// otherwise does nothing, so test runs write no files.
/// </summary>
internal static class Screenshots
{
    public static async Task SaveAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("SYNCCONSOLE_SCREENSHOTS");
        if (string.IsNullOrWhiteSpace(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.EvaluateAsync("document.fonts.ready");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
