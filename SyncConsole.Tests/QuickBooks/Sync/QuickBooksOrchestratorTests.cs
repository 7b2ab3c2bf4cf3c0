using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SyncConsole.Core;
using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.QuickBooks;
using SyncConsole.QuickBooks.Api.Dtos;
using SyncConsole.QuickBooks.Auth;
using SyncConsole.Tests.Core.Fakes;
using SyncConsole.Tests.Infrastructure;
using SyncConsole.Tests.QuickBooks.Fakes;
using SyncConsole.Tests.QuickBooks.Sandbox;

namespace SyncConsole.Tests.QuickBooks.Sync;

/// <summary>Core's orchestrator driving the QuickBooks provider, wired by <c>AddQuickBooks</c>, against the emulator.</summary>
[Trait("Category", TestCategories.Integration)]
public sealed class QuickBooksOrchestratorTests(SandboxServerFixture fixture) : IClassFixture<SandboxServerFixture>
{
    private const string Connection = "tenant-1:quickbooks";

    private SandboxServer Server => fixture.Server;

    [Fact]
    public async Task FullSyncThenIncremental_BringsQuickBooksInAndSendsOurEditsOut()
    {
        using var clients = new QuickBooksTestClients(Server);
        var realm = await Server.CreateRealmAsync();
        var seeding = clients.Connect(realm, "seeding");
        var ids = await SeedAsync(clients, seeding);
        var records = new InMemoryRecordStore(new ManualClock());
        await using var services = Build(realm, records);

        var full = await RunAsync(services, SyncJobType.Full);

        Assert.True(full.Status == JobStatus.Succeeded, full.Error ?? string.Join("; ", full.Entities));
        Assert.Equal(2, records.Live(EntityType.Customer).Count());
        var invoice = CanonicalEntity.FromRecord<Invoice>(Assert.Single(records.Live(EntityType.Invoice)).Record!);
        var ourCustomerIds = records.Live(EntityType.Customer).Select(r => r.Id).ToHashSet();
        Assert.Contains(invoice.CustomerId!, ourCustomerIds);
        Assert.Equal(120m, invoice.Total);
        var payment = CanonicalEntity.FromRecord<Payment>(Assert.Single(records.Live(EntityType.Payment)).Record!);
        Assert.Equal(invoice.Id, Assert.Single(payment.AppliedTo).InvoiceId);

        var ours = records.Live(EntityType.Customer).Single(r => CanonicalEntity.FromRecord<Customer>(r.Record!).DisplayName == "Kookies by Kathy");
        records.Edit(EntityType.Customer, ours.Id, fields => fields.With("notes", CanonicalValue.From("Prefers e-mail")));
        var incremental = await RunAsync(services, SyncJobType.Incremental);

        Assert.True(incremental.Status == JobStatus.Succeeded, incremental.Error ?? string.Join("; ", incremental.Entities));
        var inQuickBooks = await clients.Api.ReadAsync<QboCustomer>(seeding, ids.Customer, CancellationToken.None);
        Assert.Equal("Prefers e-mail", inQuickBooks.Notes);
        Assert.Equal("1", inQuickBooks.SyncToken);

        var qboPayment = await clients.Api.ReadAsync<QboPayment>(seeding, ids.Payment, CancellationToken.None);
        await clients.Api.DeleteAsync<QboPayment>(seeding, qboPayment.Id!, qboPayment.SyncToken!, "delete-payment", CancellationToken.None);
        var afterDelete = await RunAsync(services, SyncJobType.Incremental);

        Assert.True(afterDelete.Status == JobStatus.Succeeded, afterDelete.Error);
        Assert.Empty(records.Live(EntityType.Payment));
        Assert.Equal(1, afterDelete.Entities.Single(e => e.EntityType == EntityType.Payment).Deleted);
    }

    private static async Task<SyncJobOutcome> RunAsync(ServiceProvider services, SyncJobType jobType)
    {
        using var scope = services.CreateScope();
        var orchestrator = scope.ServiceProvider.GetRequiredService<SyncOrchestrator>();
        return await orchestrator.RunAsync(
            new SyncJobRequest { JobId = Guid.NewGuid().ToString(), ConnectionId = Connection, ProviderId = QuickBooksServiceCollectionExtensions.ProviderId, JobType = jobType },
            CancellationToken.None);
    }

    private ServiceProvider Build(CreatedRealm realm, InMemoryRecordStore records)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["QuickBooks:Environment"] = "Emulator",
            ["QuickBooks:EmulatorBaseUrl"] = Server.BaseAddress.AbsoluteUri,
            ["QuickBooks:ClientId"] = SandboxServer.ClientId,
            ["QuickBooks:ClientSecret"] = SandboxServer.ClientSecret,
        }).Build();
        var tokens = new InMemoryTokenStore();
        var clock = new OffsetClock();
        var now = clock.GetUtcNow();
        tokens.Seed(Connection, new QuickBooksTokenSet(realm.RealmId, realm.AccessToken, realm.RefreshToken, now.AddHours(1), now.AddDays(100)));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSyncCore();
        services.AddQuickBooks(configuration);
        services.AddSingleton<IQuickBooksTokenStore>(tokens);
        services.AddSingleton<IInternalRecordStore>(records);
        var progress = new RecordingProgressSink();
        services.AddSingleton<ISyncStateStore>(new InMemorySyncStateStore(records, new CrashSwitch(), progress));
        services.AddSingleton<IConflictStore, InMemoryConflictStore>();
        services.AddSingleton<IJobProgressSink>(progress);
        return services.BuildServiceProvider();
    }

    /// <summary>A small company made through the API: accounts, an item, two customers, an invoice and a payment.</summary>
    private static async Task<(string Customer, string Invoice, string Payment)> SeedAsync(QuickBooksTestClients clients, string c)
    {
        var ct = CancellationToken.None;
        var income = await clients.Api.CreateAsync(c, new QboAccount { Name = "Sales", AccountType = "Income" }, "s1", ct);
        await clients.Api.CreateAsync(c, new QboAccount { Name = "Undeposited Funds", AccountType = "Other Current Asset", AccountSubType = "UndepositedFunds" }, "s2", ct);
        var item = await clients.Api.CreateAsync(c, new QboItem { Name = "Cookies", Type = "Service", UnitPrice = 12m, IncomeAccountRef = new QboRef(income.Id!) }, "s3", ct);
        var customer = await clients.Api.CreateAsync(c, new QboCustomer { DisplayName = "Kookies by Kathy", PrimaryEmailAddr = new QboEmail("kathy@example.com") }, "s4", ct);
        await clients.Api.CreateAsync(c, new QboCustomer { DisplayName = "Red Rock Diner" }, "s5", ct);
        var invoice = await clients.Api.CreateAsync(c, new QboInvoice
        {
            CustomerRef = new QboRef(customer.Id!),
            Line = [new QboLine { DetailType = "SalesItemLineDetail", Amount = 120m, SalesItemLineDetail = new QboSalesItemLineDetail { ItemRef = new QboRef(item.Id!), Qty = 10, UnitPrice = 12m } }],
        }, "s6", ct);
        var payment = await clients.Api.CreateAsync(c, new QboPayment
        {
            CustomerRef = new QboRef(customer.Id!),
            TotalAmt = 50m,
            Line = [new QboLine { Amount = 50m, LinkedTxn = [new QboLinkedTxn(invoice.Id!, "Invoice")] }],
        }, "s7", ct);
        return (customer.Id!, invoice.Id!, payment.Id!);
    }
}
