using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using SyncConsole.Demo;
using SyncConsole.SyncJobs;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.EndToEnd;

/// <summary>
/// The console's form controls in real Chromium's accessibility tree: on every page with a form, each drop-down,
/// date, number, text box, check box and switch is found by role and by its visible label (FieldLabel), never by the
/// value it holds.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", TestCategories.Browser)]
public sealed class AccessibleNamesTests(BrowserFixture browser) : AppTest(loopback: true)
{
    [Fact]
    public async Task FormControls_OnEveryPage_AreNamedByTheirVisibleLabel()
    {
        // A connection (the start dialog offers connected integrations) and a job (whose page has result filters).
        var tenant = App.Services.GetRequiredService<IOptions<DemoOptions>>().Value.TenantId;
        using var api = App.CreateApiClient(tenant, "operator", "viewer");
        await QuickBooksConnector.ConnectAsync(api, BaseUri);
        var jobId = await AddFinishedJobAsync(tenant);
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(BaseUri.ToString());
        await page.ClickAsync("#demo-signin");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();

        await OpenAsync(page, "jobs", "Sync jobs");
        await ExpectNamedAsync(page, AriaRole.Combobox, "Status", "Type");
        await ExpectNamedAsync(page, AriaRole.Textbox, "From (UTC)", "To (UTC)");
        await PageActions.ClickUntilVisibleAsync(page.Locator("#start-sync"), page.Locator(".rz-dialog-wrapper"));
        var dialog = page.Locator(".rz-dialog-wrapper");
        await ExpectNamedAsync(dialog, AriaRole.Combobox, "Integration");
        await ExpectNamedAsync(dialog, AriaRole.Radiogroup, "Type");
        await ExpectNamedAsync(dialog, AriaRole.Checkbox, "Dry run: plan only, write nothing");

        await OpenAsync(page, $"jobs/{jobId}", "Sync job");
        await ExpectNamedAsync(page, AriaRole.Combobox, "Action", "Entity");

        await OpenAsync(page, "conflicts", "Conflicts");
        await ExpectNamedAsync(page, AriaRole.Combobox, "Status", "Entity type", "Connection");

        await OpenAsync(page, "records", "Records");
        await ExpectNamedAsync(page, AriaRole.Combobox, "Entity type");
        await ExpectNamedAsync(page, AriaRole.Textbox, "Search");

        await OpenAsync(page, "audit", "Audit");
        await ExpectNamedAsync(page, AriaRole.Combobox, "Actor", "Action", "Entity type");
        await ExpectNamedAsync(page, AriaRole.Textbox, "Record id", "From", "To");

        await OpenAsync(page, "dead-letters", "Dead letters");
        await ExpectNamedAsync(page, AriaRole.Combobox, "Status", "Entity");

        await OpenAsync(page, "notifications", "Notifications");
        await ExpectNamedAsync(page, AriaRole.Combobox, "Status");
        await ExpectNamedAsync(page, AriaRole.Textbox, "URL");
        await ExpectNamedAsync(page, AriaRole.Checkbox, "Enabled");

        await OpenAsync(page, "background-jobs", "Background jobs");
        await ExpectNamedAsync(page, AriaRole.Checkbox, "Failures only");

        await OpenAsync(page, "integrations/quickbooks/rules", "Sync rules");
        await ExpectRuleControlsAsync(page.Locator("section[data-entity=customer]"));
        // The selected value ("Both ways") is what a combobox used to be called; it is no name any more.
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Both ways", Exact = true })).ToHaveCountAsync(0);

        await OpenAsync(page, "admin", "Admin");
        await ExpectRuleControlsAsync(page.Locator("#default-rules section[data-entity=account]"));
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Inbound (provider → us)", Exact = true })).ToHaveCountAsync(0);
    }

    private async Task<string> AddFinishedJobAsync(Guid tenant)
    {
        var id = Guid.NewGuid().ToString("D");
        var now = TimeProvider.System.GetUtcNow();
        await using var db = await App.CreateDbContextAsync();
        var connection = await db.Connections.SingleAsync(c => c.TenantId == tenant && c.IntegrationId == "quickbooks");
        db.SyncJobs.Add(new SyncJobRow
        {
            Id = id,
            TenantId = tenant,
            ConnectionId = connection.Id,
            IntegrationId = "quickbooks",
            JobType = "full",
            EntityTypesJson = "[]",
            Trigger = "manual",
            Status = "succeeded",
            RequestedBy = "demo-user",
            RequestedAt = now,
            FinishedAt = now,
        });
        await db.SaveChangesAsync();
        return id;
    }

    private async Task OpenAsync(IPage page, string path, string heading)
    {
        await page.GotoAsync(new Uri(BaseUri, path).ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true, Level = 1 })).ToBeVisibleAsync();
    }

    // The rules editor: the same labels in every entity's section, named within it.
    private static async Task ExpectRuleControlsAsync(ILocator section)
    {
        await ExpectNamedAsync(section, AriaRole.Combobox, "Direction", "Conflict policy", "Change source", "Trigger");
        await ExpectNamedAsync(section, AriaRole.Spinbutton, "Polling every (minutes, 0 = never)");
        await ExpectNamedAsync(section, AriaRole.Switch, "Enabled", "Merge fields changed on one side only");
    }

    private static async Task ExpectNamedAsync(IPage page, AriaRole role, params string[] names) =>
        await ExpectNamedAsync(page.Locator("main"), role, names);

    private static async Task ExpectNamedAsync(ILocator scope, AriaRole role, params string[] names)
    {
        foreach (var name in names)
        {
            await Assertions.Expect(scope.GetByRole(role, new() { Name = name, Exact = true })).ToHaveCountAsync(1);
        }
    }
}
