using Microsoft.Playwright;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.EndToEnd;

/// <summary>
/// Console sign-in through a real OpenID provider (oidc-provider on 127.0.0.1, its devInteractions login form) in
/// Chromium: authorization code + PKCE, the id token validated against the provider's JWKS, and tenant and roles
/// read from claims whose names are configured (here <c>org</c> and <c>groups</c>, with one mapped group).
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", TestCategories.Browser)]
public sealed class OidcSignInTests(BrowserFixture browser) : IAsyncLifetime
{
    private static readonly Guid Tenant = Guid.NewGuid();
    private static readonly string[] AliceGroups = ["viewer", "SyncConsole-Operators", "unrelated"];
    private static readonly string[] AdminOnly = ["admin"];
    private TestDatabase database = default!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync(Data.DatabaseProvider.Sqlite);

    public Task DisposeAsync()
    {
        database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SignIn_ThroughTheProvider_LandsOnTheConsoleWithTenantAndRolesFromClaims_AndSignOutEndsBothSessions()
    {
        await using var console = await StartAsync(new { org = Tenant.ToString(), groups = AliceGroups });
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(console.BaseUri, "background-jobs").ToString());
        await Assertions.Expect(page.Locator("#demo-signin")).ToHaveCountAsync(0);
        await page.ClickAsync("#oidc-signin");
        await SignInAtProviderAsync(page, console.Provider, "alice");

        await page.WaitForURLAsync(new Uri(console.BaseUri, "background-jobs").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Background jobs" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#signed-in-user")).ToHaveTextAsync("alice (test provider)");
        await Assertions.Expect(page.Locator("#signed-in-tenant")).ToHaveTextAsync(Tenant.ToString());
        await Assertions.Expect(page.Locator("#signed-in-roles")).ToHaveTextAsync("viewer, operator");
        // Not an admin: only the tenant's own connections' jobs (it has none yet), not the system's.
        await Assertions.Expect(page.GetByText("Your connections have no schedules.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("housekeeping")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(console.Provider.Issuer.ToString(), StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, sign me out" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(console.BaseUri, "account/signin").ToString());
        await page.GotoAsync(new Uri(console.BaseUri, "background-jobs").ToString());
        await Assertions.Expect(page.Locator("#oidc-signin")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignIn_AccountWithoutTenantClaim_IsRefusedWithTheReason()
    {
        await using var console = await StartAsync(new { groups = AdminOnly });
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(console.BaseUri.ToString());
        await page.ClickAsync("#oidc-signin");
        await SignInAtProviderAsync(page, console.Provider, "mallory");

        await Assertions.Expect(page.Locator("#signin-error")).ToContainTextAsync("no SyncConsole tenant");
        await page.GotoAsync(new Uri(console.BaseUri, "background-jobs").ToString());
        await Assertions.Expect(page.Locator("#oidc-signin")).ToBeVisibleAsync();
    }

    private static async Task SignInAtProviderAsync(IPage page, OidcProvider provider, string login)
    {
        await page.WaitForURLAsync(url => url.StartsWith(provider.Issuer.ToString(), StringComparison.Ordinal));
        await page.FillAsync("input[name=login]", login);
        await page.FillAsync("input[name=password]", "any password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign-in" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
    }

    private async Task<ConsoleWithProvider> StartAsync(object accountClaims)
    {
        var settings = new Dictionary<string, string?>();
        var app = new SyncConsoleAppFactory(database, settings);
        var provider = await OidcProvider.StartAsync(app.Port, accountClaims);
        foreach (var (key, value) in provider.ConsoleSettings())
        {
            settings[key] = value;
        }

        settings["Demo:Enabled"] = "false";
        settings["Auth:Oidc:TenantClaim"] = "org";
        settings["Auth:Oidc:RoleClaim"] = "groups";
        settings["Auth:Oidc:RoleMap:SyncConsole-Operators"] = "operator";
        settings["Auth:Oidc:Scopes:0"] = "openid";
        settings["Auth:Oidc:Scopes:1"] = "profile";
        settings["Auth:Oidc:Scopes:2"] = "syncconsole";
        return new ConsoleWithProvider(app, provider, app.StartOnLoopback());
    }

    private sealed record ConsoleWithProvider(SyncConsoleAppFactory App, OidcProvider Provider, Uri BaseUri) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.DisposeAsync();
            await Provider.DisposeAsync();
        }
    }
}
