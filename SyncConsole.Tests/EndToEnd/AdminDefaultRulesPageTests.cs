using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SyncConsole.Admin;
using SyncConsole.Core.Schema;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.EndToEnd;

/// <summary>The admin page's system default rules in real Chromium: the rules editor, server-side validation shown inline, audited saves.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", TestCategories.Browser)]
public sealed class AdminDefaultRulesPageTests(BrowserFixture browser) : AppTest(loopback: true)
{
    [Fact]
    public async Task DefaultRules_InvalidFrequency_ShowsAnInlineErrorAndSavesNothingThenSavesOnceFixed()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(BaseUri, "admin").ToString());
        await page.ClickAsync("#demo-signin");
        await page.WaitForURLAsync("**/admin");
        var vendor = page.Locator("#default-rules section[data-entity=vendor]");
        var frequency = vendor.GetByRole(AriaRole.Spinbutton, new() { Name = "Polling every (minutes, 0 = never)" });
        await Assertions.Expect(frequency).ToHaveValueAsync("15");

        // Typed before the circuit takes over the prerendered page, the value is lost: type and save again, as a person would.
        var inlineError = vendor.GetByText("The frequency must be between 0 (never) and 43200 minutes; got 99999.");
        for (var attempt = 0; attempt < 20 && !await inlineError.IsVisibleAsync(); attempt++)
        {
            await frequency.FillAsync("99999");
            await page.Locator("#save-rules").ClickAsync();
            await page.WaitForTimeoutAsync(500);
        }

        await Assertions.Expect(inlineError).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#rules-error-summary")).ToBeVisibleAsync();
        Assert.Equal(15, await VendorFrequencyAsync());

        await frequency.FillAsync("30");
        await page.Locator("#save-rules").ClickAsync();
        await Assertions.Expect(page.GetByText("New connections start with these rules.")).ToBeVisibleAsync();
        await Assertions.Expect(vendor.GetByText("The frequency must be between")).ToHaveCountAsync(0);
        Assert.Equal(30, await VendorFrequencyAsync());
        await using var db = await App.CreateDbContextAsync();
        // Only the rule that changed is written and audited, by the signed-in admin.
        var entry = Assert.Single(await db.AuditEntries.Where(a => a.Action == DefaultRuleService.UpdatedAction).ToListAsync());
        Assert.Equal(("demo-user", "vendor"), (entry.Actor, entry.EntityType));
        Assert.Contains("\"frequency_minutes\":30", entry.After, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(entry.CorrelationId));
        Assert.Equal(["vendor"], await db.DefaultRules.Select(r => r.EntityType).ToListAsync());
    }

    private async Task<int> VendorFrequencyAsync() =>
        (await App.Services.GetRequiredService<DefaultRuleService>().GetAsync(CancellationToken.None))
            .Single(r => r.EntityType == EntityType.Vendor).FrequencyMinutes;
}
