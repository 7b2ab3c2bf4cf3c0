using System.Net;
using SyncConsole.Tests.Infrastructure;
using static SyncConsole.Tests.QuickBooks.Sandbox.SandboxHttp;

namespace SyncConsole.Tests.QuickBooks.Sandbox;

/// <summary>Name-list rules, concurrency, replay and authentication of the emulated API.</summary>
[Trait("Category", TestCategories.Integration)]
public sealed class SandboxLedgerTests(SandboxServerFixture fixture) : IClassFixture<SandboxServerFixture>
{
    private SandboxServer Server => fixture.Server;

    [Fact]
    public async Task Create_Customer_ReturnsEnvelopeWithIdSyncTokenAndMetaData()
    {
        var realm = await Server.CreateRealmAsync();

        var (status, body) = await PostAsync(Server, realm, "customer?minorversion=75", new { DisplayName = "Amy's Bird Sanctuary" });

        Assert.Equal(HttpStatusCode.OK, status);
        var customer = body["Customer"]!;
        Assert.Equal("0", customer["SyncToken"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(customer["Id"]!.GetValue<string>()));
        Assert.True(customer["Active"]!.GetValue<bool>());
        Assert.NotNull(customer["MetaData"]!["CreateTime"]);
        Assert.NotNull(body["time"]);
    }

    [Fact]
    public async Task Create_CustomerWithoutAnyName_Fails6080()
    {
        var realm = await Server.CreateRealmAsync();

        var (status, body) = await PostAsync(Server, realm, "customer", new { Notes = "no name" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("6080", FaultCode(body));
        Assert.Equal("ValidationFault", body["Fault"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_VendorWithCustomersDisplayName_Fails6240()
    {
        var realm = await Server.CreateRealmAsync();
        await CreateIdAsync(Server, realm, "Customer", new { DisplayName = "Cool Cars" });

        var (status, body) = await PostAsync(Server, realm, "vendor", new { DisplayName = "cool cars" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("6240", FaultCode(body));
    }

    [Fact]
    public async Task Create_AccountWithoutType_Fails6010AndWithoutName2020()
    {
        var realm = await Server.CreateRealmAsync();

        var (_, noType) = await PostAsync(Server, realm, "account", new { Name = "Misc" });
        var (_, noName) = await PostAsync(Server, realm, "account", new { AccountType = "Expense" });

        Assert.Equal("6010", FaultCode(noType));
        Assert.Equal("2020", FaultCode(noName));
        Assert.Equal("Name", noName["Fault"]!["Error"]![0]!["element"]!.GetValue<string>());
    }

    [Fact]
    public async Task Update_WithOldSyncToken_Fails5010AndChangesNothing()
    {
        var realm = await Server.CreateRealmAsync();
        var id = await CreateIdAsync(Server, realm, "Vendor", new { DisplayName = "Books by Bessie" });
        await PostAsync(Server, realm, "vendor", new { Id = id, SyncToken = "0", sparse = true, CompanyName = "First" });

        var (status, body) = await PostAsync(Server, realm, "vendor", new { Id = id, SyncToken = "0", sparse = true, CompanyName = "Second" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("5010", FaultCode(body));
        var (_, read) = await SendAsync(Server, realm, HttpMethod.Get, $"vendor/{id}");
        Assert.Equal("First", read["Vendor"]!["CompanyName"]!.GetValue<string>());
        Assert.Equal("1", read["Vendor"]!["SyncToken"]!.GetValue<string>());
    }

    [Fact]
    public async Task SparseUpdate_KeepsFieldsNotSent_FullUpdateClearsThem()
    {
        var realm = await Server.CreateRealmAsync();
        var id = await CreateIdAsync(Server, realm, "Customer", new { DisplayName = "Jeff's Jalopies", Notes = "VIP", CompanyName = "Jeff" });

        var (_, sparse) = await PostAsync(Server, realm, "customer", new { Id = id, SyncToken = "0", sparse = true, Notes = "Regular" });
        var (_, full) = await PostAsync(Server, realm, "customer", new { Id = id, SyncToken = "1", DisplayName = "Jeff's Jalopies" });

        Assert.Equal("Jeff", sparse["Customer"]!["CompanyName"]!.GetValue<string>());
        Assert.Equal("Regular", sparse["Customer"]!["Notes"]!.GetValue<string>());
        Assert.Null(full["Customer"]!["CompanyName"]);
        Assert.Equal("2", full["Customer"]!["SyncToken"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeleteCustomer_MakesItInactive_HiddenFromDefaultQueryAndRejectedAsReference()
    {
        var realm = await Server.CreateRealmAsync();
        var (customer, item) = await CustomerAndItemAsync(realm);

        var (status, deleted) = await PostAsync(Server, realm, "customer?operation=delete", new { Id = customer, SyncToken = "0" });
        var (_, active) = await QueryAsync(Server, realm, "SELECT * FROM Customer");
        var (_, all) = await QueryAsync(Server, realm, "SELECT * FROM Customer WHERE Active IN (true, false)");
        var (_, invoice) = await PostAsync(Server, realm, "invoice", SandboxTransactionTests.Invoice(customer, item, 10m));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(deleted["Customer"]!["Active"]!.GetValue<bool>());
        Assert.Null(active["QueryResponse"]!["Customer"]);
        Assert.Single(all["QueryResponse"]!["Customer"]!.AsArray());
        Assert.Equal("610", FaultCode(invoice));
    }

    [Fact]
    public async Task RepeatedRequestId_ReplaysOriginalResponseAndWritesOnce()
    {
        var realm = await Server.CreateRealmAsync();

        var (_, first) = await PostAsync(Server, realm, "customer?requestid=abc-123", new { DisplayName = "Once Only" });
        var (_, second) = await PostAsync(Server, realm, "customer?requestid=abc-123", new { DisplayName = "Once Only" });
        var (_, count) = await QueryAsync(Server, realm, "SELECT count(*) FROM Customer");

        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        Assert.Equal(1, count["QueryResponse"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Request_WithUnknownToken_Gets401AuthenticationFault()
    {
        var realm = await Server.CreateRealmAsync();

        var (status, body) = await SendAsync(Server, realm, HttpMethod.Get, "query?query=SELECT%20*%20FROM%20Item", token: "not-a-token");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("AuthenticationFault", body["Fault"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Request_WithAnotherRealmsToken_Gets403()
    {
        var realm = await Server.CreateRealmAsync();
        var other = await Server.CreateRealmAsync();

        var (status, _) = await SendAsync(Server, realm, HttpMethod.Get, "query?query=SELECT%20*%20FROM%20Item", token: other.AccessToken);

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    private async Task<(string Customer, string Item)> CustomerAndItemAsync(CreatedRealm realm)
    {
        var customer = await CreateIdAsync(Server, realm, "Customer", new { DisplayName = "Dukes" });
        var account = await CreateIdAsync(Server, realm, "Account", new { Name = "Services", AccountType = "Income" });
        var item = await CreateIdAsync(Server, realm, "Item", new { Name = "Hours", Type = "Service", IncomeAccountRef = new { value = account } });
        return (customer, item);
    }
}
