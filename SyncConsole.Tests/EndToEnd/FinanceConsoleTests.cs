using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using SyncConsole.Demo;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.EndToEnd;

/// <summary>
/// The operations console in real Chromium against the real app, QuickBooks emulator and job engine: conflicts
/// made by editing both sides and resolved by clicking, records with their sync state and history, the audit
/// filter, and an admin's cursor reset.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", TestCategories.Browser)]
public sealed class FinanceConsoleTests(BrowserFixture browser) : AppTest(loopback: true)
{
    private Guid Tenant => App.Services.GetRequiredService<IOptions<DemoOptions>>().Value.TenantId;

    [Fact]
    public async Task ConflictResolver_RealConflictResolvedFieldByField_UpdatesBothSidesAndAudits()
    {
        using var api = App.CreateApiClient(Tenant, "operator", "viewer", "finance");
        await QuickBooksConnector.ConnectAsync(api, BaseUri, company: "new:empty");
        var customer = (await CustomerConflicts.CreateSyncedAsync(api, 1, "Resolve")).Single();
        var conflictId = (await CustomerConflicts.EditBothSidesAsync(api, App, BaseUri, Tenant, [customer])).Single();
        await using var context = await NewContextAsync();
        var page = await SignInAsync(context, "conflicts");

        var review = page.GetByRole(AriaRole.Link, new() { Name = $"Review conflict on customer {customer.RecordId}" });
        await Assertions.Expect(review).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "conflicts");
        await PageActions.ClickUntilVisibleAsync(review, page.GetByRole(AriaRole.Heading, new() { Name = "Resolve conflict" }));
        // Field by field: theirs for the e-mail, a typed custom value for the phone.
        await PageActions.ClickUntilVisibleAsync(page.Locator("#choice-email-theirs"), page.Locator("#choice-email-theirs[aria-pressed='true']"));
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Custom value for phone" }).FillAsync("555-3333");
        await PageActions.ClickUntilVisibleAsync(page.Locator("#choice-phone-custom"), page.Locator("#choice-phone-custom[aria-pressed='true']"));
        await Assertions.Expect(page.GetByText("2 of 2 fields chosen")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "conflict-resolve");
        await page.Locator("#resolve-conflict").ClickAsync();
        await Assertions.Expect(page.GetByText("resolved", new() { Exact = false }).First).ToBeVisibleAsync();
        await CustomerConflicts.WaitAppliedAsync(api, conflictId);

        var ours = await api.GetFromJsonAsync<JsonElement>(new Uri($"/api/records/customer/{customer.RecordId}", UriKind.Relative));
        Assert.Equal(CustomerConflicts.Theirs(customer), ours.GetProperty("email").GetString());
        Assert.Equal("555-3333", ours.GetProperty("phone").GetString());
        using var qbo = await EmulatorClient.ForTenantAsync(App, BaseUri, Tenant);
        var theirs = (await qbo.FindAsync("Customer", customer.ExternalId))!;
        Assert.Equal(CustomerConflicts.Theirs(customer), theirs["PrimaryEmailAddr"]!["Address"]!.GetValue<string>());
        Assert.Equal("555-3333", theirs["PrimaryPhone"]!["FreeFormNumber"]!.GetValue<string>());
        var audit = await api.GetFromJsonAsync<JsonElement>(new Uri($"/api/audit?action=conflict.resolved&record_id={customer.RecordId}", UriKind.Relative));
        Assert.Equal("demo-user", audit.GetProperty("items")[0].GetProperty("actor").GetString());
        await PageActions.ClickUntilVisibleAsync(page.Locator("#refresh-conflict"), page.GetByText("resolved and applied"));

        await page.GotoAsync(BaseUri.ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-tile='conflicts']")).ToHaveTextAsync("0");
        await Assertions.Expect(page.GetByText("req/min", new() { Exact = false })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "dashboard");
    }

    [Fact]
    public async Task ConflictInbox_TwoConflictsSelectedAndBulkResolvedToTheirs_BothAreResolvedAndApplied()
    {
        using var api = App.CreateApiClient(Tenant, "operator", "viewer", "finance");
        await QuickBooksConnector.ConnectAsync(api, BaseUri, company: "new:empty");
        var customers = await CustomerConflicts.CreateSyncedAsync(api, 2, "Bulk");
        var conflictIds = await CustomerConflicts.EditBothSidesAsync(api, App, BaseUri, Tenant, customers);
        await using var context = await NewContextAsync();
        var page = await SignInAsync(context, "conflicts");

        for (var i = 0; i < customers.Count; i++)
        {
            await PageActions.ClickUntilVisibleAsync(
                page.Locator($"[data-select='{conflictIds[i]}'] .rz-chkbox-box"),
                page.GetByRole(AriaRole.Button, new() { Name = $"Keep theirs for {i + 1} selected" }));
        }

        await page.Locator("#bulk-theirs").ClickAsync();
        await page.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Resolve", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("2 of 2 conflict(s) resolved")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("No open conflicts")).ToBeVisibleAsync();

        foreach (var conflictId in conflictIds)
        {
            var conflict = await CustomerConflicts.WaitAppliedAsync(api, conflictId);
            Assert.All(conflict.GetProperty("choices").EnumerateObject(), c => Assert.Equal("theirs", c.Value.GetString()));
        }

        foreach (var customer in customers)
        {
            var ours = await api.GetFromJsonAsync<JsonElement>(new Uri($"/api/records/customer/{customer.RecordId}", UriKind.Relative));
            Assert.Equal(CustomerConflicts.Theirs(customer), ours.GetProperty("email").GetString());
            Assert.Equal("555-2222", ours.GetProperty("phone").GetString());
        }
    }

    [Fact]
    public async Task RecordsBrowser_SyncedCustomer_ShowsItsSyncStateAndHistory()
    {
        using var api = App.CreateApiClient(Tenant, "operator", "viewer");
        await QuickBooksConnector.ConnectAsync(api, BaseUri, company: "new:empty");
        var customer = (await CustomerConflicts.CreateSyncedAsync(api, 1, "Browse")).Single();
        await using var context = await NewContextAsync();
        var page = await SignInAsync(context, "records");

        var search = page.GetByRole(AriaRole.Textbox, new() { Name = "Search", Exact = true });
        await search.FillAsync("browse 1");
        await search.PressAsync("Enter");
        var link = page.GetByRole(AriaRole.Link, new() { Name = "Open customer Browse 1" });
        await Assertions.Expect(link).ToBeVisibleAsync();
        await PageActions.ClickUntilVisibleAsync(link, page.GetByRole(AriaRole.Heading, new() { Name = "Browse 1" }));

        var sync = page.Locator("[aria-label='Sync state per connection']");
        await Assertions.Expect(sync).ToContainTextAsync("quickbooks");
        await Assertions.Expect(sync).ToContainTextAsync("synced");
        await Assertions.Expect(sync).ToContainTextAsync(customer.ExternalId);
        await Assertions.Expect(page.Locator("[aria-label='Change log']")).ToContainTextAsync("created");
        await Assertions.Expect(page.Locator("[aria-label='Audit entries of this record']")).ToContainTextAsync("record.created");
        await Screenshots.SaveAsync(page, "records");
    }

    [Fact]
    public async Task AuditTrail_FilteredByRecordId_ShowsOnlyThatRecordsEntriesWithABeforeAfterDiff()
    {
        using var api = App.CreateApiClient(Tenant, "operator", "viewer");
        var first = Guid.NewGuid().ToString("D");
        var second = Guid.NewGuid().ToString("D");
        foreach (var id in new[] { first, second })
        {
            using var put = await api.PutAsJsonAsync(new Uri($"/api/records/customer/{id}", UriKind.Relative), new { display_name = $"Audit {id[..8]}", email = "before@example.com" });
            put.EnsureSuccessStatusCode();
        }

        using var patch = await api.PatchAsJsonAsync(new Uri($"/api/records/customer/{first}", UriKind.Relative), new { email = "after@example.com" });
        patch.EnsureSuccessStatusCode();
        await using var context = await NewContextAsync();
        var page = await SignInAsync(context, "audit");
        var grid = page.Locator("[aria-label='Audit entries']");
        await Assertions.Expect(grid).ToContainTextAsync(second);

        // Typing can land before the circuit takes over the prerendered page: type again until the filter applies.
        var recordFilter = page.GetByRole(AriaRole.Textbox, new() { Name = "Record id" });
        await Eventually.ReturnsAsync(
            async () =>
            {
                await recordFilter.FillAsync(first);
                await recordFilter.PressAsync("Tab");
                await Task.Delay(500);
                return await grid.InnerTextAsync();
            },
            text => !text.Contains(second, StringComparison.Ordinal),
            TimeSpan.FromSeconds(30),
            "the record id filter to apply");
        await Assertions.Expect(grid.GetByRole(AriaRole.Row).Filter(new() { HasText = first })).ToHaveCountAsync(2);
        var updated = grid.GetByRole(AriaRole.Row).Filter(new() { HasText = "record.updated" });
        await PageActions.ClickUntilVisibleAsync(updated.Locator(".rz-row-toggler"), page.Locator("tr.changed[data-field='email']"));
        await Assertions.Expect(page.Locator("tr.changed[data-field='email']")).ToContainTextAsync("before@example.com");
        await Assertions.Expect(page.Locator("tr.changed[data-field='email']")).ToContainTextAsync("after@example.com");
        await Screenshots.SaveAsync(page, "audit");
    }

    [Fact]
    public async Task Admin_CursorResetConfirmed_ForgetsTheCursorAndAuditsIt()
    {
        using var api = App.CreateApiClient(Tenant, "operator", "viewer");
        await QuickBooksConnector.ConnectAsync(api, BaseUri, company: "new:empty");
        await CustomerConflicts.CreateSyncedAsync(api, 1, "Admin");
        Assert.NotNull(await CustomerCursorAsync(api));
        await using var context = await NewContextAsync();
        var page = await SignInAsync(context, "admin");

        await PageActions.ClickUntilVisibleAsync(
            page.GetByRole(AriaRole.Button, new() { Name = "Sync status of Demo company quickbooks" }), page.Locator("#reset-customer"));
        await page.Locator("#reset-customer").ClickAsync();
        await page.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Reset cursor", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByText("The next job reads every customer in full.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("code[data-entity='customer']")).ToHaveTextAsync("none: next job reads in full");
        Assert.Null(await CustomerCursorAsync(api));
        var audit = await api.GetFromJsonAsync<JsonElement>(new Uri("/api/audit?action=cursor.reset&entity_type=customer", UriKind.Relative));
        Assert.Equal("demo-user", audit.GetProperty("items")[0].GetProperty("actor").GetString());
        await Screenshots.SaveAsync(page, "admin");
    }

    private static async Task<string?> CustomerCursorAsync(HttpClient api)
    {
        var status = await api.GetFromJsonAsync<JsonElement>(new Uri("/api/integrations/quickbooks/sync-status", UriKind.Relative));
        var customer = status.EnumerateArray().Single(e => e.GetProperty("entity_type").GetString() == "customer");
        return customer.GetProperty("cursor").ValueKind == JsonValueKind.Null ? null : customer.GetProperty("cursor").GetString();
    }

    private Task<IBrowserContext> NewContextAsync() =>
        browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });

    private async Task<IPage> SignInAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(BaseUri, path).ToString());
        await page.ClickAsync("#demo-signin");
        await page.WaitForURLAsync($"**/{path}");
        return page;
    }
}
