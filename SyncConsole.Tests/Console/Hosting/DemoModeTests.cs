using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using SyncConsole.Data;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Hosting;

[Trait("Category", TestCategories.Integration)]
public sealed class DemoModeTests
{
    [Fact]
    public async Task Production_WithoutDemoSetting_OffersNoDemoSignIn()
    {
        using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new SyncConsoleAppFactory(database, SyncConsoleAppFactory.ProductionSignIn).InEnvironment("Production");
        using var client = app.CreateClient();

        var signInPage = await client.GetStringAsync(new Uri("/account/signin", UriKind.Relative));
        using var demoSignIn = await client.PostAsync(new Uri("/account/demo-signin", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.DoesNotContain("demo-signin", signInPage, StringComparison.Ordinal);
        Assert.Contains("id=\"oidc-signin\"", signInPage, StringComparison.Ordinal);
        // No endpoint exists for it outside demo mode (the console's page routes answer 405 to the POST).
        Assert.Contains(demoSignIn.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed });
        Assert.False(demoSignIn.Headers.Contains("Set-Cookie"), "No session cookie may be issued.");
    }

    [Fact]
    public async Task Production_DemoTurnedOn_LogsALoudWarningAndSeedsTheTenant()
    {
        using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        using var logs = new CapturingLoggerProvider();
        await using var factory = new SyncConsoleAppFactory(database, new Dictionary<string, string?> { ["Demo:Enabled"] = "true" })
            .InEnvironment("Production");
        await using var app = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));

        var signInPage = await app.CreateClient().GetStringAsync(new Uri("/account/signin", UriKind.Relative));

        Assert.Contains("demo-signin", signInPage, StringComparison.Ordinal);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("DEMO MODE IS ON", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Development_ConsolePage_RedirectsAnonymousUserToSignIn()
    {
        using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new SyncConsoleAppFactory(database);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/background-jobs", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
