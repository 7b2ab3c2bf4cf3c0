using SyncConsole.QuickBooks.Api;
using SyncConsole.QuickBooks.Api.Dtos;
using SyncConsole.Tests.Infrastructure;
using SyncConsole.Tests.QuickBooks.Fakes;
using SyncConsole.Tests.QuickBooks.Sandbox;

namespace SyncConsole.Tests.QuickBooks.Api;

/// <summary>Inbound loads and resilience over real HTTP against the emulator.</summary>
[Trait("Category", TestCategories.Integration)]
public sealed class QuickBooksApiClientLoadTests(SandboxServerFixture fixture) : IClassFixture<SandboxServerFixture>
{
    private SandboxServer Server => fixture.Server;

    [Fact]
    public async Task QueryPages_DemoCompany_LoadsEveryEntityCompletelyInPages()
    {
        using var clients = new QuickBooksTestClients(Server, o => o.PageSize = 100);
        var connection = clients.Connect(await Server.CreateRealmAsync("demo"));

        var accounts = await LoadAsync<QboAccount>(clients, connection);
        var items = await LoadAsync<QboItem>(clients, connection);
        var customers = await LoadAsync<QboCustomer>(clients, connection);
        var vendors = await LoadAsync<QboVendor>(clients, connection);
        var invoices = await LoadAsync<QboInvoice>(clients, connection);
        var bills = await LoadAsync<QboBill>(clients, connection);
        var payments = await LoadAsync<QboPayment>(clients, connection);

        Assert.True(accounts.Rows.Count >= 20);
        Assert.True(items.Rows.Count >= 20);
        Assert.True(customers.Pages >= 2, "120 customers need two pages of 100");
        Assert.Equal(await clients.Api.CountAsync<QboCustomer>(connection, "Active IN (true, false)", CancellationToken.None), customers.Rows.Count);
        Assert.Equal(customers.Rows.Count, customers.Rows.Select(c => c.Id).Distinct().Count());
        Assert.True(vendors.Rows.Count >= 50);
        Assert.True(invoices.Pages >= 3);
        Assert.True(bills.Rows.Count >= 100);
        Assert.True(payments.Rows.Count >= 100);
        var customerIds = customers.Rows.Select(c => c.Id).ToHashSet();
        Assert.All(invoices.Rows, i => Assert.Contains(i.CustomerRef!.Value, customerIds));
        var invoiceIds = invoices.Rows.Select(i => i.Id).ToHashSet();
        Assert.All(payments.Rows.SelectMany(p => p.Line!).SelectMany(l => l.LinkedTxn!), t => Assert.Contains(t.TxnId, invoiceIds));
    }

    [Fact]
    public async Task QueryPages_WhenTheAccessTokenExpiresMidRun_RefreshesOnceAndContinues()
    {
        using var clients = new QuickBooksTestClients(Server, o => o.PageSize = 10);
        var realm = await Server.CreateRealmAsync();
        var connection = clients.Connect(realm);
        for (var i = 0; i < 30; i++)
        {
            await clients.Api.CreateAsync(connection, new QboCustomer { DisplayName = $"Customer {i:D2}" }, $"c-{i}", CancellationToken.None);
        }

        var loaded = 0;
        await foreach (var page in clients.Api.QueryPagesAsync<QboCustomer>(connection, null, includeInactive: true, CancellationToken.None))
        {
            loaded += page.Items.Count;
            if (page.StartPosition == 1)
            {
                // Only QuickBooks' clock moves: the client learns of the expiry from a 401.
                Server.Clock.Advance(TimeSpan.FromHours(2));
            }
        }

        Assert.Equal(30, loaded);
        Assert.Equal(1, clients.Store.Saves);
        Assert.NotEqual(realm.AccessToken, (await clients.Store.GetAsync(connection, CancellationToken.None))!.AccessToken);
    }

    [Fact]
    public async Task Requests_DuringA429StormAnd500s_StillComplete()
    {
        // Enough retries that a storm of this density cannot plausibly outlast them (about 1 in 10^4 per request).
        using var clients = new QuickBooksTestClients(Server, o => o.MaxRetryAttempts = 16);
        var realm = await Server.CreateRealmAsync();
        var connection = clients.Connect(realm);
        await Server.SetFaultsAsync(realm.RealmId, new { throttle_rate = 0.2, throttle_burst = 3, server_error_rate = 0.05 });

        var created = new List<string>();
        for (var i = 0; i < 25; i++)
        {
            created.Add((await clients.Api.CreateAsync(connection, new QboVendor { DisplayName = $"Vendor {i:D2}" }, $"v-{i}", CancellationToken.None)).Id!);
        }

        await Server.SetFaultsAsync(realm.RealmId, new { });
        Assert.Equal(25, created.Distinct().Count());
        Assert.Equal(25, await clients.Api.CountAsync<QboVendor>(connection, null, CancellationToken.None));
    }

    [Fact]
    public async Task Create_WhoseFirstAttemptTimesOut_IsRetriedUnderTheSameRequestIdAndWrittenOnce()
    {
        using var clients = new QuickBooksTestClients(Server, o => o.AttemptTimeout = TimeSpan.FromMilliseconds(300));
        var realm = await Server.CreateRealmAsync();
        var connection = clients.Connect(realm);
        await Server.SetFaultsAsync(realm.RealmId, new { timeout_rate = 0.5, timeout_delay = "00:00:00.600" });

        for (var i = 0; i < 6; i++)
        {
            await clients.Api.CreateAsync(connection, new QboCustomer { DisplayName = $"Slow {i}" }, $"slow-{i}", CancellationToken.None);
        }

        await Server.SetFaultsAsync(realm.RealmId, new { });
        await Task.Delay(700);
        Assert.Equal(6, await clients.Api.CountAsync<QboCustomer>(connection, null, CancellationToken.None));
    }

    [Fact]
    public async Task Throttled_WhenEveryAttemptIs429_SurfacesAsThrottledError()
    {
        using var clients = new QuickBooksTestClients(Server, o => o.MaxRetryAttempts = 2);
        var realm = await Server.CreateRealmAsync();
        var connection = clients.Connect(realm);
        await Server.SetFaultsAsync(realm.RealmId, new { throttle_rate = 1.0 });

        var error = await Assert.ThrowsAsync<QuickBooksApiException>(() => clients.Api.ReadAsync<QboCustomer>(connection, "1", CancellationToken.None));

        Assert.Equal(QuickBooksErrorKind.Throttled, error.Kind);
        Assert.Equal("3001", error.Code);
    }

    private static async Task<(List<T> Rows, int Pages)> LoadAsync<T>(QuickBooksTestClients clients, string connection)
        where T : QboEntity, IQboEntity
    {
        var rows = new List<T>();
        var pages = 0;
        await foreach (var page in clients.Api.QueryPagesAsync<T>(connection, null, includeInactive: true, CancellationToken.None))
        {
            pages++;
            rows.AddRange(page.Items);
        }

        return (rows, pages);
    }
}
