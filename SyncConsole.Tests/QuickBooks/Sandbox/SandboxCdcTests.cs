using System.Net;
using System.Text.Json.Nodes;
using SyncConsole.Tests.Infrastructure;
using static SyncConsole.Tests.QuickBooks.Sandbox.SandboxHttp;

namespace SyncConsole.Tests.QuickBooks.Sandbox;

[Trait("Category", TestCategories.Integration)]
public sealed class SandboxCdcTests(SandboxServerFixture fixture) : IClassFixture<SandboxServerFixture>
{
    private SandboxServer Server => fixture.Server;

    [Fact]
    public async Task Cdc_ReturnsChangedObjectsPerEntity_DeletedAfterActive()
    {
        var realm = await Server.CreateRealmAsync();
        var since = Server.Clock.GetUtcNow().AddSeconds(-1);
        var customer = await CreateIdAsync(Server, realm, "Customer", new { DisplayName = "Kookies by Kathy" });
        var account = await CreateIdAsync(Server, realm, "Account", new { Name = "Sales", AccountType = "Income" });
        var item = await CreateIdAsync(Server, realm, "Item", new { Name = "Cookies", Type = "Service", IncomeAccountRef = new { value = account } });
        var doomed = await CreateIdAsync(Server, realm, "Invoice", SandboxTransactionTests.Invoice(customer, item, 10m));
        await CreateIdAsync(Server, realm, "Invoice", SandboxTransactionTests.Invoice(customer, item, 20m));
        await PostAsync(Server, realm, "invoice?operation=delete", new { Id = doomed, SyncToken = "0" });

        var (status, body) = await Cdc(realm, "Invoice,Customer,Bill", since);

        Assert.Equal(HttpStatusCode.OK, status);
        var blocks = body["CDCResponse"]![0]!["QueryResponse"]!.AsArray();
        Assert.Equal(3, blocks.Count);
        var invoices = blocks[0]!["Invoice"]!.AsArray();
        Assert.Equal(2, invoices.Count);
        Assert.Null(invoices[0]!["status"]);
        Assert.Equal("Deleted", invoices[1]!["status"]!.GetValue<string>());
        Assert.Equal(doomed, invoices[1]!["Id"]!.GetValue<string>());
        Assert.Single(blocks[1]!["Customer"]!.AsArray());
        Assert.Empty(blocks[2]!.AsObject());
    }

    [Fact]
    public async Task Cdc_ChangedSinceOlderThan30Days_IsRejected()
    {
        var realm = await Server.CreateRealmAsync();

        var (status, body) = await Cdc(realm, "Customer", Server.Clock.GetUtcNow().AddDays(-31));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("older than fixed days", body["Fault"]!["Error"]![0]!["Detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cdc_MoreChangesThanTheCap_ReturnsOnlyTheCapAcrossEntities()
    {
        await using var server = await SandboxServer.StartAsync(o => o.CdcMaxObjects = 3);
        var realm = await server.CreateRealmAsync();
        var since = server.Clock.GetUtcNow().AddSeconds(-1);
        for (var i = 0; i < 3; i++)
        {
            await CreateIdAsync(server, realm, "Customer", new { DisplayName = $"Customer {i}" });
            await CreateIdAsync(server, realm, "Vendor", new { DisplayName = $"Vendor {i}" });
        }

        var (_, body) = await SendAsync(server, realm, HttpMethod.Get, $"cdc?entities=Customer,Vendor&changedSince={Uri.EscapeDataString(since.ToString("O", System.Globalization.CultureInfo.InvariantCulture))}");

        var blocks = body["CDCResponse"]![0]!["QueryResponse"]!.AsArray();
        Assert.Equal(3, blocks[0]!["Customer"]!.AsArray().Count);
        Assert.Empty(blocks[1]!.AsObject());
    }

    private Task<(HttpStatusCode, JsonObject)> Cdc(CreatedRealm realm, string entities, DateTimeOffset since) =>
        SendAsync(Server, realm, HttpMethod.Get, $"cdc?entities={entities}&changedSince={Uri.EscapeDataString(since.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", System.Globalization.CultureInfo.InvariantCulture))}&minorversion=75");
}
