using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Schema;
using SyncConsole.Tests.Core.Builders;
using SyncConsole.Tests.Core.Fakes;

namespace SyncConsole.Tests.Core.Orchestration;

public class SyncOrchestratorReferenceTests
{
    [Fact]
    public async Task RunAsync_InvoiceAndItsReferences_TranslatesOurIdsToProviderIds()
    {
        var harness = new SyncHarness().WithRule(new SyncRuleBuilder(EntityType.Account).Build());
        var account = harness.Ours.Add(EntityType.Account, Fields.Of(("name", "Sales"), ("account_type", "Income")));
        var item = harness.Ours.Add(EntityType.Item, Fields.Of(("name", "Consulting"), ("income_account_id", account)));
        var customer = harness.Ours.Add(EntityType.Customer, new CustomerBuilder().BuildFields());
        harness.Ours.Add(EntityType.Invoice, new InvoiceBuilder().WithCustomer(customer).WithItemOnLines(item).BuildFields());

        await harness.SyncAsync();

        string ExternalOf(EntityType type, string id) => harness.StateOf(type, id)!.ExternalId!;
        var (_, invoice) = Assert.Single(harness.Theirs.Live(EntityType.Invoice));
        Assert.Equal(ExternalOf(EntityType.Customer, customer), invoice.Text("customer_id"));
        Assert.Equal(ExternalOf(EntityType.Item, item), invoice["lines"].Json[0].GetProperty("item_id").GetString());
        Assert.Equal(ExternalOf(EntityType.Account, account),
            harness.Theirs.FieldsOf(EntityType.Item, ExternalOf(EntityType.Item, item))!.Text("income_account_id"));
    }

    [Fact]
    public async Task RunAsync_ProviderInvoiceOfAnUnsyncedCustomer_SyncsTheCustomerFirst()
    {
        var harness = new SyncHarness();
        var customer = harness.Theirs.Add(EntityType.Customer, new CustomerBuilder().BuildFields());
        harness.Theirs.Add(EntityType.Invoice, new InvoiceBuilder().WithCustomer(customer).BuildFields());

        // Only invoices are synced, so the customer can only arrive as the invoice's dependency.
        await harness.SyncAsync(SyncJobType.Entity, false, EntityType.Invoice);

        var ourCustomer = Assert.Single(harness.Ours.Live(EntityType.Customer));
        Assert.Equal(ourCustomer.Id, Assert.Single(harness.Ours.Live(EntityType.Invoice)).Record!.Fields.Text("customer_id"));
        Assert.Equal(customer, harness.StateOf(EntityType.Customer, ourCustomer.Id)!.ExternalId);
    }
}
