using System.Net;
using SyncConsole.Data;
using SyncConsole.Hosting;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Hosting;

[Trait("Category", TestCategories.Integration)]
public sealed class TokenCommandTests
{
    private static readonly Guid Tenant = Guid.NewGuid();

    [Fact]
    public async Task Run_DemoMode_PrintsOnlyATokenTheApiAccepts()
    {
        using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new SyncConsoleAppFactory(database);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = TokenCommand.Run(app.Services, ["token", "--tenant", Tenant.ToString(), "--role", "viewer", "--role", "operator"], stdout, stderr);

        Assert.Equal(0, exit);
        var token = stdout.ToString().Trim();
        Assert.Equal(3, token.Split('.').Length);
        Assert.DoesNotContain('\n', token);
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var response = await client.GetAsync(new Uri("/api/audit", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("--tenant", "not-a-guid", "--role", "viewer")]
    [InlineData("--tenant", "00000000-0000-0000-0000-000000000001", "--role", "superuser")]
    [InlineData("--tenant", "00000000-0000-0000-0000-000000000001", "--bogus", "x")]
    public async Task Run_BadArguments_ExitsWithUsageAndNoToken(params string[] arguments)
    {
        using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new SyncConsoleAppFactory(database);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = TokenCommand.Run(app.Services, ["token", .. arguments], stdout, stderr);

        Assert.Equal(2, exit);
        Assert.Empty(stdout.ToString());
        Assert.Contains("usage:", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_OutsideDemoMode_RefusesWithAMessage()
    {
        using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new SyncConsoleAppFactory(database, SyncConsoleAppFactory.ProductionSignIn).InEnvironment("Production");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = TokenCommand.Run(app.Services, ["token", "--tenant", Tenant.ToString(), "--role", "admin"], stdout, stderr);

        Assert.Equal(1, exit);
        Assert.Empty(stdout.ToString());
        Assert.Contains("only in demo mode", stderr.ToString(), StringComparison.Ordinal);
    }
}
