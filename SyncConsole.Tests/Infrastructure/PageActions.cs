using Microsoft.Playwright;

namespace SyncConsole.Tests.Infrastructure;

internal static class PageActions
{
    /// <summary>
    /// Clicks until the expected element shows and stays (at most <paramref name="attempts"/> clicks). A click can land while the
    /// circuit takes over the prerendered page and be lost; a person would simply click again.
    /// </summary>
    public static async Task ClickUntilVisibleAsync(ILocator target, ILocator expected, int attempts = 20)
    {
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            if (await expected.IsVisibleAsync())
            {
                // A navigation still in flight (a sign-in redirect, the circuit taking over) can replace the page that
                // showed it: it counts once the page has settled and it is still there.
                await expected.Page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 5000 });
                if (await expected.IsVisibleAsync())
                {
                    break;
                }

                continue;
            }

            // Short: a re-render can replace the element, and the next attempt finds the new one.
            await target.ClickAsync(new() { Timeout = 5000 });
            try
            {
                await expected.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 1000 });
            }
            catch (TimeoutException)
            {
                // Not there yet: click again.
            }
        }

        await Assertions.Expect(expected).ToBeVisibleAsync();
    }
}
