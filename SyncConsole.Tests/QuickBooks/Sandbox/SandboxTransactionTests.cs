using System.Net;
using System.Text.Json.Nodes;
using SyncConsole.Tests.Infrastructure;
using static SyncConsole.Tests.QuickBooks.Sandbox.SandboxHttp;

namespace SyncConsole.Tests.QuickBooks.Sandbox;

/// <summary>Invoice, bill and payment behaviour of the emulator: totals, links, void and delete.</summary>
[Trait("Category", TestCategories.Integration)]
public sealed class SandboxTransactionTests(SandboxServerFixture fixture) : IClassFixture<SandboxServerFixture>
{
    private SandboxServer Server => fixture.Server;

    [Fact]
    public async Task Create_InvoiceWithUnknownItem_Fails2500()
    {
        var realm = await Server.CreateRealmAsync();
        var customer = await CreateIdAsync(Server, realm, "Customer", new { DisplayName = "Dukes Basketball Camp" });

        var (status, body) = await PostAsync(Server, realm, "invoice", Invoice(customer, "999", 100m));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("2500", FaultCode(body));
    }

    [Fact]
    public async Task Create_Invoice_ComputesTotalsAndAppendsSubTotalLine()
    {
        var realm = await Server.CreateRealmAsync();
        var (customer, item) = await CustomerAndItemAsync(realm);
        var body = new JsonObject
        {
            ["CustomerRef"] = new JsonObject { ["value"] = customer },
            ["Line"] = new JsonArray(Line(item, 2, 50m), Line(item, 1, 25.5m)),
        };

        var (status, json) = await PostAsync(Server, realm, "invoice", body);

        Assert.Equal(HttpStatusCode.OK, status);
        var invoice = json["Invoice"]!;
        Assert.Equal(125.5m, invoice["TotalAmt"]!.GetValue<decimal>());
        Assert.Equal(125.5m, invoice["Balance"]!.GetValue<decimal>());
        var lines = invoice["Line"]!.AsArray();
        Assert.Equal(3, lines.Count);
        Assert.Equal("SubTotalLineDetail", lines[2]!["DetailType"]!.GetValue<string>());
        Assert.Equal("1001", invoice["DocNumber"]!.GetValue<string>());
        Assert.Equal("Dukes", invoice["CustomerRef"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_InvoiceLineWhoseAmountIsNotQtyTimesPrice_Fails6070()
    {
        var realm = await Server.CreateRealmAsync();
        var (customer, item) = await CustomerAndItemAsync(realm);
        var line = Line(item, 2, 50m);
        line["Amount"] = 99m;

        var (_, json) = await PostAsync(Server, realm, "invoice", new JsonObject { ["CustomerRef"] = new JsonObject { ["value"] = customer }, ["Line"] = new JsonArray(line) });

        Assert.Equal("6070", FaultCode(json));
    }

    [Fact]
    public async Task Create_Payment_ReducesInvoiceBalanceAndLinksBothWays()
    {
        var realm = await Server.CreateRealmAsync();
        var (customer, item) = await CustomerAndItemAsync(realm);
        var invoiceId = await CreateIdAsync(Server, realm, "Invoice", Invoice(customer, item, 100m));

        var paymentId = await CreateIdAsync(Server, realm, "Payment", Payment(customer, invoiceId, 40m));

        var (_, read) = await SendAsync(Server, realm, HttpMethod.Get, $"invoice/{invoiceId}");
        var invoice = read["Invoice"]!;
        Assert.Equal(60m, invoice["Balance"]!.GetValue<decimal>());
        Assert.Equal("1", invoice["SyncToken"]!.GetValue<string>());
        var link = Assert.Single(invoice["LinkedTxn"]!.AsArray());
        Assert.Equal(paymentId, link!["TxnId"]!.GetValue<string>());
        Assert.Equal("Payment", link["TxnType"]!.GetValue<string>());
    }

    [Fact]
    public async Task VoidPayment_WithIncludeVoid_RestoresInvoiceBalance()
    {
        var realm = await Server.CreateRealmAsync();
        var (customer, item) = await CustomerAndItemAsync(realm);
        var invoiceId = await CreateIdAsync(Server, realm, "Invoice", Invoice(customer, item, 100m));
        var paymentId = await CreateIdAsync(Server, realm, "Payment", Payment(customer, invoiceId, 100m));

        var (status, voided) = await PostAsync(Server, realm, "payment?operation=update&include=void", new { Id = paymentId, SyncToken = "0", sparse = true });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0m, voided["Payment"]!["TotalAmt"]!.GetValue<decimal>());
        Assert.StartsWith("Voided", voided["Payment"]!["PrivateNote"]!.GetValue<string>(), StringComparison.Ordinal);
        var (_, read) = await SendAsync(Server, realm, HttpMethod.Get, $"invoice/{invoiceId}");
        Assert.Equal(100m, read["Invoice"]!["Balance"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task DeleteInvoice_RemovesItAndReadsGive610()
    {
        var realm = await Server.CreateRealmAsync();
        var (customer, item) = await CustomerAndItemAsync(realm);
        var id = await CreateIdAsync(Server, realm, "Invoice", Invoice(customer, item, 10m));

        var (_, deleted) = await PostAsync(Server, realm, "invoice?operation=delete", new { Id = id, SyncToken = "0" });
        var (status, read) = await SendAsync(Server, realm, HttpMethod.Get, $"invoice/{id}");

        Assert.Equal("Deleted", deleted["Invoice"]!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("610", FaultCode(read));
    }

    [Fact]
    public async Task Create_BillWithAccountAndItemLines_ComputesTotalAndDefaultsPayableAccount()
    {
        var realm = await Server.CreateRealmAsync();
        var (_, item) = await CustomerAndItemAsync(realm);
        var vendor = await CreateIdAsync(Server, realm, "Vendor", new { DisplayName = "Norton Lumber" });
        var expense = await CreateIdAsync(Server, realm, "Account", new { Name = "Job Materials", AccountType = "Expense" });
        var payable = await CreateIdAsync(Server, realm, "Account", new { Name = "Accounts Payable (A/P)", AccountSubType = "AccountsPayable" });
        var body = new JsonObject
        {
            ["VendorRef"] = new JsonObject { ["value"] = vendor },
            ["Line"] = new JsonArray(
                new JsonObject
                {
                    ["DetailType"] = "AccountBasedExpenseLineDetail",
                    ["Amount"] = 103.55m,
                    ["AccountBasedExpenseLineDetail"] = new JsonObject { ["AccountRef"] = new JsonObject { ["value"] = expense } },
                },
                new JsonObject
                {
                    ["DetailType"] = "ItemBasedExpenseLineDetail",
                    ["Amount"] = 40m,
                    ["ItemBasedExpenseLineDetail"] = new JsonObject { ["ItemRef"] = new JsonObject { ["value"] = item }, ["Qty"] = 4, ["UnitPrice"] = 10 },
                }),
        };

        var (status, json) = await PostAsync(Server, realm, "bill", body);

        Assert.Equal(HttpStatusCode.OK, status);
        var bill = json["Bill"]!;
        Assert.Equal(143.55m, bill["TotalAmt"]!.GetValue<decimal>());
        Assert.Equal(143.55m, bill["Balance"]!.GetValue<decimal>());
        Assert.Equal(payable, bill["APAccountRef"]!["value"]!.GetValue<string>());
        Assert.Equal("NotBillable", bill["Line"]![0]!["AccountBasedExpenseLineDetail"]!["BillableStatus"]!.GetValue<string>());
        Assert.Equal("Norton Lumber", bill["VendorRef"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_BillWithoutLines_Fails2020()
    {
        var realm = await Server.CreateRealmAsync();
        var vendor = await CreateIdAsync(Server, realm, "Vendor", new { DisplayName = "Lineless" });

        var (_, json) = await PostAsync(Server, realm, "bill", new { VendorRef = new { value = vendor } });

        Assert.Equal("2020", FaultCode(json));
        Assert.Equal("Line", json["Fault"]!["Error"]![0]!["element"]!.GetValue<string>());
    }

    internal static JsonObject Line(string item, decimal qty, decimal price) => new()
    {
        ["DetailType"] = "SalesItemLineDetail",
        ["Amount"] = qty * price,
        ["SalesItemLineDetail"] = new JsonObject { ["ItemRef"] = new JsonObject { ["value"] = item }, ["Qty"] = qty, ["UnitPrice"] = price },
    };

    internal static JsonObject Invoice(string customer, string item, decimal amount) => new()
    {
        ["CustomerRef"] = new JsonObject { ["value"] = customer },
        ["Line"] = new JsonArray(Line(item, 1, amount)),
    };

    internal static JsonObject Payment(string customer, string invoice, decimal amount) => new()
    {
        ["CustomerRef"] = new JsonObject { ["value"] = customer },
        ["TotalAmt"] = amount,
        ["Line"] = new JsonArray(new JsonObject
        {
            ["Amount"] = amount,
            ["LinkedTxn"] = new JsonArray(new JsonObject { ["TxnId"] = invoice, ["TxnType"] = "Invoice" }),
        }),
    };

    private async Task<(string Customer, string Item)> CustomerAndItemAsync(CreatedRealm realm)
    {
        var customer = await CreateIdAsync(Server, realm, "Customer", new { DisplayName = "Dukes" });
        var account = await CreateIdAsync(Server, realm, "Account", new { Name = "Services", AccountType = "Income" });
        var item = await CreateIdAsync(Server, realm, "Item", new { Name = "Hours", Type = "Service", IncomeAccountRef = new { value = account } });
        return (customer, item);
    }
}
