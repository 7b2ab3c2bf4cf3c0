using SyncConsole.QuickBooks.Auth;
using SyncConsole.Tests.Infrastructure;
using SyncConsole.Tests.QuickBooks.Fakes;
using SyncConsole.Tests.QuickBooks.Sandbox;

namespace SyncConsole.Tests.QuickBooks.Auth;

[Trait("Category", TestCategories.Integration)]
public sealed class QuickBooksTokenProviderTests(SandboxServerFixture fixture) : IClassFixture<SandboxServerFixture>
{
    private SandboxServer Server => fixture.Server;

    [Fact]
    public async Task Refresh_CalledConcurrentlyForOneConnection_RefreshesOnceAndAllGetTheNewToken()
    {
        using var clients = new QuickBooksTestClients(Server);
        var realm = await Server.CreateRealmAsync();
        var connection = clients.Connect(realm);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => clients.Tokens.RefreshAsync(connection, realm.AccessToken, CancellationToken.None)));

        Assert.Equal(1, clients.Store.Saves);
        Assert.Single(results.Select(r => r.AccessToken).Distinct());
        Assert.NotEqual(realm.AccessToken, results[0].AccessToken);
    }

    [Fact]
    public async Task Get_WhenAccessTokenIsAboutToExpire_RefreshesFirst()
    {
        using var clients = new QuickBooksTestClients(Server);
        var realm = await Server.CreateRealmAsync();
        var connection = clients.Connect(realm);
        clients.Clock.Advance(TimeSpan.FromMinutes(58));

        var tokens = await clients.Tokens.GetAsync(connection, CancellationToken.None);

        Assert.NotEqual(realm.AccessToken, tokens.AccessToken);
        Assert.Equal(1, clients.Store.Saves);
    }

    [Fact]
    public async Task Get_WithoutStoredTokens_NeedsReauthorization()
    {
        using var clients = new QuickBooksTestClients(Server);

        await Assert.ThrowsAsync<QuickBooksReauthorizationRequiredException>(() => clients.Tokens.GetAsync("never-connected", CancellationToken.None));
    }
}
