using SyncConsole.QuickBooks.Api;
using SyncConsole.QuickBooks.Api.Dtos;
using SyncConsole.Tests.Infrastructure;
using SyncConsole.Tests.QuickBooks.Fakes;
using SyncConsole.Tests.QuickBooks.Sandbox;

namespace SyncConsole.Tests.QuickBooks.Api;

/// <summary>Create, update, delete / inactivate / void of every entity, and the typed errors, over real HTTP.</summary>
[Trait("Category", TestCategories.Integration)]
public sealed class QuickBooksApiClientWriteTests(SandboxServerFixture fixture) : IClassFixture<SandboxServerFixture>
{
    private SandboxServer Server => fixture.Server;

    [Fact]
    public async Task NameLists_CreateUpdateInactivate_RoundTripThroughTheClient()
    {
        using var clients = new QuickBooksTestClients(Server);
        var c = clients.Connect(await Server.CreateRealmAsync());
        var ct = CancellationToken.None;

        var account = await clients.Api.CreateAsync(c, new QboAccount { Name = "Consulting", AccountType = "Income" }, "a1", ct);
        var item = await clients.Api.CreateAsync(c, new QboItem { Name = "Hours", Type = "Service", UnitPrice = 90m, IncomeAccountRef = new QboRef(account.Id!) }, "i1", ct);
        var customer = await clients.Api.CreateAsync(c, new QboCustomer { DisplayName = "Bill's Windsurf Shop", PrimaryEmailAddr = new QboEmail("bill@example.com") }, "c1", ct);
        var vendor = await clients.Api.CreateAsync(c, new QboVendor { DisplayName = "Norton Lumber", CompanyName = "Norton Lumber and Building Materials" }, "v1", ct);

        var renamedAccount = await clients.Api.UpdateAsync(c, new QboAccount { Id = account.Id, SyncToken = account.SyncToken, Description = "Fees" }, "a2", ct);
        var repricedItem = await clients.Api.UpdateAsync(c, new QboItem { Id = item.Id, SyncToken = item.SyncToken, UnitPrice = 95m }, "i2", ct);
        var movedCustomer = await clients.Api.UpdateAsync(c, new QboCustomer { Id = customer.Id, SyncToken = customer.SyncToken, Notes = "Moved" }, "c2", ct);
        var inactiveVendor = await clients.Api.InactivateAsync<QboVendor>(c, vendor.Id!, vendor.SyncToken!, "v2", ct);

        Assert.Equal("Revenue", account.Classification);
        Assert.Equal("Fees", renamedAccount.Description);
        Assert.Equal("Consulting", renamedAccount.Name);
        Assert.Equal(95m, repricedItem.UnitPrice);
        Assert.Equal("Consulting", repricedItem.IncomeAccountRef!.Name);
        Assert.Equal("bill@example.com", movedCustomer.PrimaryEmailAddr!.Address);
        Assert.Equal("1", movedCustomer.SyncToken);
        Assert.False(inactiveVendor.Active);
        var read = await clients.Api.ReadAsync<QboVendor>(c, vendor.Id!, ct);
        Assert.False(read.Active);
        Assert.Equal(0, await clients.Api.CountAsync<QboVendor>(c, null, ct));
    }

    [Fact]
    public async Task Transactions_CreateUpdateVoidDelete_RoundTripThroughTheClient()
    {
        using var clients = new QuickBooksTestClients(Server);
        var c = clients.Connect(await Server.CreateRealmAsync());
        var ct = CancellationToken.None;
        var income = await clients.Api.CreateAsync(c, new QboAccount { Name = "Sales", AccountType = "Income" }, "a1", ct);
        var expense = await clients.Api.CreateAsync(c, new QboAccount { Name = "Rent", AccountType = "Expense" }, "a2", ct);
        var item = await clients.Api.CreateAsync(c, new QboItem { Name = "Widget", Type = "Service", IncomeAccountRef = new QboRef(income.Id!) }, "i1", ct);
        var customer = await clients.Api.CreateAsync(c, new QboCustomer { DisplayName = "Sonnenschein Family Store" }, "c1", ct);
        var vendor = await clients.Api.CreateAsync(c, new QboVendor { DisplayName = "Hall Properties" }, "v1", ct);

        var invoice = await clients.Api.CreateAsync(c, new QboInvoice
        {
            CustomerRef = new QboRef(customer.Id!),
            Line = [new QboLine { DetailType = "SalesItemLineDetail", Amount = 150m, SalesItemLineDetail = new QboSalesItemLineDetail { ItemRef = new QboRef(item.Id!), Qty = 3, UnitPrice = 50m } }],
        }, "inv1", ct);
        var bill = await clients.Api.CreateAsync(c, new QboBill
        {
            VendorRef = new QboRef(vendor.Id!),
            Line = [new QboLine { DetailType = "AccountBasedExpenseLineDetail", Amount = 900m, AccountBasedExpenseLineDetail = new QboAccountExpenseLineDetail { AccountRef = new QboRef(expense.Id!) } }],
        }, "bill1", ct);
        var payment = await clients.Api.CreateAsync(c, new QboPayment
        {
            CustomerRef = new QboRef(customer.Id!),
            TotalAmt = 50m,
            Line = [new QboLine { Amount = 50m, LinkedTxn = [new QboLinkedTxn(invoice.Id!, "Invoice")] }],
        }, "pay1", ct);
        var paidInvoice = await clients.Api.ReadAsync<QboInvoice>(c, invoice.Id!, ct);
        var editedBill = await clients.Api.UpdateAsync(c, new QboBill { Id = bill.Id, SyncToken = bill.SyncToken, DocNumber = "RENT-11" }, "bill2", ct);
        var voidedPayment = await clients.Api.VoidPaymentAsync(c, payment.Id!, payment.SyncToken!, "pay2", ct);
        var reopened = await clients.Api.ReadAsync<QboInvoice>(c, invoice.Id!, ct);
        var voidedInvoice = await clients.Api.VoidInvoiceAsync(c, reopened.Id!, reopened.SyncToken!, "inv2", ct);
        await clients.Api.DeleteAsync<QboBill>(c, editedBill.Id!, editedBill.SyncToken!, "bill3", ct);
        await clients.Api.DeleteAsync<QboPayment>(c, voidedPayment.Id!, voidedPayment.SyncToken!, "pay3", ct);

        Assert.Equal(150m, invoice.TotalAmt);
        Assert.Equal(100m, paidInvoice.Balance);
        Assert.Contains(paidInvoice.LinkedTxn!, t => t.TxnId == payment.Id && t.TxnType == "Payment");
        Assert.Equal(900m, editedBill.TotalAmt);
        Assert.Equal("RENT-11", editedBill.DocNumber);
        Assert.Equal(0m, voidedPayment.TotalAmt);
        Assert.Equal(150m, reopened.Balance);
        Assert.Equal(0m, voidedInvoice.TotalAmt);
        var gone = await Assert.ThrowsAsync<QuickBooksApiException>(() => clients.Api.ReadAsync<QboBill>(c, bill.Id!, ct));
        Assert.Equal(QuickBooksErrorKind.NotFound, gone.Kind);
    }

    [Fact]
    public async Task Update_WithAStaleSyncToken_ThrowsStaleError5010()
    {
        using var clients = new QuickBooksTestClients(Server);
        var c = clients.Connect(await Server.CreateRealmAsync());
        var customer = await clients.Api.CreateAsync(c, new QboCustomer { DisplayName = "Stale Co" }, "c1", CancellationToken.None);
        await clients.Api.UpdateAsync(c, new QboCustomer { Id = customer.Id, SyncToken = "0", Notes = "first" }, "c2", CancellationToken.None);

        var error = await Assert.ThrowsAsync<QuickBooksApiException>(() =>
            clients.Api.UpdateAsync(c, new QboCustomer { Id = customer.Id, SyncToken = "0", Notes = "second" }, "c3", CancellationToken.None));

        Assert.Equal(QuickBooksErrorKind.Stale, error.Kind);
        Assert.Equal("5010", error.Code);
        Assert.Equal(400, error.StatusCode);
    }

    [Fact]
    public async Task Create_WithADuplicateDisplayName_ThrowsDuplicateError6240()
    {
        using var clients = new QuickBooksTestClients(Server);
        var c = clients.Connect(await Server.CreateRealmAsync());
        await clients.Api.CreateAsync(c, new QboVendor { DisplayName = "Same Name" }, "v1", CancellationToken.None);

        var error = await Assert.ThrowsAsync<QuickBooksApiException>(() =>
            clients.Api.CreateAsync(c, new QboCustomer { DisplayName = "Same Name" }, "c1", CancellationToken.None));

        Assert.Equal(QuickBooksErrorKind.Duplicate, error.Kind);
        Assert.Equal("6240", error.Code);
    }

    [Fact]
    public async Task Create_RepeatedWithTheSameIdempotencyKey_WritesOnceAndReturnsTheSameObject()
    {
        using var clients = new QuickBooksTestClients(Server);
        var c = clients.Connect(await Server.CreateRealmAsync());

        var first = await clients.Api.CreateAsync(c, new QboCustomer { DisplayName = "Replay" }, "record-42:v1", CancellationToken.None);
        var second = await clients.Api.CreateAsync(c, new QboCustomer { DisplayName = "Replay" }, "record-42:v1", CancellationToken.None);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(1, await clients.Api.CountAsync<QboCustomer>(c, null, CancellationToken.None));
    }

    [Fact]
    public async Task Batch_WithOneFailingItem_ReturnsPerItemResults()
    {
        using var clients = new QuickBooksTestClients(Server);
        var c = clients.Connect(await Server.CreateRealmAsync());
        await clients.Api.CreateAsync(c, new QboCustomer { DisplayName = "Existing" }, "c1", CancellationToken.None);

        var results = await clients.Api.BatchAsync(c, [
            QboBatchOperation.Create("1", new QboVendor { DisplayName = "New Vendor" }),
            QboBatchOperation.Create("2", new QboVendor { DisplayName = "Existing" }),
            QboBatchOperation.Select("3", "SELECT * FROM Customer"),
        ], "batch-1", CancellationToken.None);

        Assert.True(results[0].Succeeded);
        Assert.Equal("New Vendor", results[0].Result!.Value.GetProperty("DisplayName").GetString());
        Assert.Equal(QuickBooksErrorKind.Duplicate, results[1].Error!.Kind);
        Assert.Equal(1, results[2].Result!.Value.GetProperty("Customer").GetArrayLength());
    }

    [Fact]
    public async Task ChangesSince_ReturnsUpdatesThenDeletes_AndFallsBackToQueriesPastTheCdcWindow()
    {
        using var clients = new QuickBooksTestClients(Server);
        var realm = await Server.CreateRealmAsync();
        var c = clients.Connect(realm);
        var ct = CancellationToken.None;
        var since = clients.Clock.GetUtcNow().AddSeconds(-2);
        var account = await clients.Api.CreateAsync(c, new QboAccount { Name = "Sales", AccountType = "Income" }, "a", ct);
        var item = await clients.Api.CreateAsync(c, new QboItem { Name = "Box", Type = "Service", IncomeAccountRef = new QboRef(account.Id!) }, "i", ct);
        var customer = await clients.Api.CreateAsync(c, new QboCustomer { DisplayName = "CDC Customer" }, "c", ct);
        var invoice = await clients.Api.CreateAsync(c, new QboInvoice
        {
            CustomerRef = new QboRef(customer.Id!),
            Line = [new QboLine { DetailType = "SalesItemLineDetail", Amount = 10m, SalesItemLineDetail = new QboSalesItemLineDetail { ItemRef = new QboRef(item.Id!) } }],
        }, "inv", ct);
        await clients.Api.DeleteAsync<QboInvoice>(c, invoice.Id!, invoice.SyncToken!, "del", ct);

        var cdc = await clients.Api.ChangesSinceAsync(c, ["Customer", "Invoice"], since, ct);
        var fallback = await clients.Api.ChangesSinceAsync(c, ["Customer", "Invoice"], since.AddDays(-40), ct);

        Assert.False(cdc.FromQueries);
        Assert.Contains(cdc.Changes, x => x.EntityName == "Customer" && x.Id == customer.Id && !x.Deleted);
        Assert.Contains(cdc.Changes, x => x.EntityName == "Invoice" && x.Id == invoice.Id && x.Deleted);
        Assert.True(fallback.FromQueries);
        Assert.Contains(fallback.Changes, x => x.Id == customer.Id);
        Assert.DoesNotContain(fallback.Changes, x => x.Deleted);
    }
}
