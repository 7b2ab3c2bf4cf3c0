using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SyncConsole.Security;
using SyncConsole.Security.Jwt;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.EndToEnd;

/// <summary>
/// Console pages embedded in another site's iframe, in Chromium: a host application on http://localhost:port gets
/// an embed link server side (bearer token from TokenIssuer) and frames it; the console runs at 127.0.0.1, so the
/// frame is cross-site and its session cookie must work as a third-party (partitioned) cookie.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", TestCategories.Browser)]
public sealed class EmbeddingTests(BrowserFixture browser) : IAsyncLifetime
{
    private static readonly Guid DemoTenant = new("00000000-0000-0000-0000-0000000000d1");
    private readonly int allowedHostPort = EmbeddingHost.FreePort();
    private TestDatabase database = default!;
    private SyncConsoleAppFactory app = default!;
    private Uri baseUri = default!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(Data.DatabaseProvider.Sqlite);
        app = new SyncConsoleAppFactory(database, new Dictionary<string, string?>
        {
            ["Embedding:AllowedOrigins:0"] = $"http://localhost:{allowedHostPort}",
        });
        baseUri = app.StartOnLoopback();
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        database.Dispose();
    }

    [Fact]
    public async Task EmbeddedDashboard_OnAnAllowedHost_NavigatesWithinEmbedAndRunsAJobOverTheCircuit()
    {
        // The host's user is an operator of the tenant, not an admin: what they run is their connection's schedule.
        using (var api = app.CreateApiClient(DemoTenant, SyncConsoleClaims.Operator, SyncConsoleClaims.Viewer))
        {
            await QuickBooksConnector.ConnectAsync(api, baseUri);
        }

        await using var host = await StartHostAsync(allowedHostPort);
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(host.Origin + "/?page=/");
        var frame = page.FrameLocator("#syncconsole");
        await Assertions.Expect(frame.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        // No console chrome inside the frame.
        await Assertions.Expect(frame.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToHaveCountAsync(0);
        await Assertions.Expect(frame.GetByRole(AriaRole.Navigation)).ToHaveCountAsync(0);

        // The dashboard's link stays under /embed, and the page there works over the circuit (the embedded
        // session's cookie reached /_blazor from inside the cross-site frame).
        await PageActions.ClickUntilVisibleAsync(
            frame.GetByRole(AriaRole.Link, new() { Name = "Background jobs" }),
            frame.GetByRole(AriaRole.Heading, new() { Name = "Background jobs" }));
        Assert.Contains(page.Frames, f => f.Url.StartsWith(new Uri(baseUri, "embed/background-jobs").ToString(), StringComparison.Ordinal));
        await PageActions.ClickUntilVisibleAsync(
            frame.GetByRole(AriaRole.Button, new() { Name = "Run quickbooks account polling now" }),
            frame.Locator("#run-result", new() { HasText = "a sync job is queued" }));
        await Screenshots.SaveAsync(page, "embedded-background-jobs");
    }

    [Fact]
    public async Task EmbeddedPage_OnAHostNotInTheAllowlist_IsNotRenderedInTheFrame()
    {
        await using var host = await StartHostAsync(EmbeddingHost.FreePort());
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var embedResponse = page.WaitForResponseAsync(r => r.Url.StartsWith(new Uri(baseUri, "embed/background-jobs").ToString(), StringComparison.Ordinal));

        await page.GotoAsync(host.Origin + "/?page=/background-jobs");
        var response = await embedResponse;

        Assert.Equal($"frame-ancestors 'self' http://localhost:{allowedHostPort}", await response.HeaderValueAsync("content-security-policy"));
        var frame = await Eventually.ReturnsAsync(
            () => Task.FromResult(page.Frames.FirstOrDefault(f => f != page.MainFrame)), f => f is not null, TimeSpan.FromSeconds(10), "the iframe");
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(0, await page.FrameLocator("#syncconsole").GetByRole(AriaRole.Heading, new() { Name = "Background jobs" }).CountAsync());
        Assert.DoesNotContain("/embed/", frame!.Url, StringComparison.Ordinal);
    }

    private async Task<EmbeddingHost> StartHostAsync(int port)
    {
        var bearer = app.Services.GetRequiredService<TokenIssuer>()
            .Issue("host-app", DemoTenant, [SyncConsoleClaims.Viewer, SyncConsoleClaims.Operator]);
        return await EmbeddingHost.StartAsync(port, baseUri, bearer);
    }
}
