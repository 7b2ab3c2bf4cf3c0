using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;
using SyncConsole.Tests.Core.Builders;
using SyncConsole.Tests.Core.Fakes;

namespace SyncConsole.Tests.Core.Orchestration;

public class SyncOrchestratorDirectionTests
{
    [Fact]
    public async Task RunAsync_InboundRule_NeverWritesTheProvider()
    {
        var harness = new SyncHarness().WithRule(new SyncRuleBuilder(EntityType.Customer).WithDirection(SyncDirection.Inbound).Build());
        var ours = harness.Ours.Add(EntityType.Customer, new CustomerBuilder().WithDisplayName("Ours only").WithEmail("o@o.test").BuildFields());
        harness.Theirs.Add(EntityType.Customer, new CustomerBuilder().BuildFields());

        await harness.SyncAsync();
        harness.Ours.Edit(EntityType.Customer, ours, f => f.Set("phone", "9"));
        await harness.SyncAsync();

        Assert.Empty(harness.Theirs.Writes);
        Assert.Equal(2, harness.Ours.Live(EntityType.Customer).Count());
        Assert.Null(harness.StateOf(EntityType.Customer, ours)?.ExternalId);
    }

    [Fact]
    public async Task RunAsync_OutboundRule_NeverWritesOurSide()
    {
        var harness = new SyncHarness().WithRule(new SyncRuleBuilder(EntityType.Customer).WithDirection(SyncDirection.Outbound).Build());
        var id = harness.Ours.Add(EntityType.Customer, new CustomerBuilder().BuildFields());
        harness.Theirs.Add(EntityType.Customer, new CustomerBuilder().WithDisplayName("Theirs only").WithEmail("t@t.test").BuildFields());
        await harness.SyncAsync();
        var externalId = harness.StateOf(EntityType.Customer, id)!.ExternalId!;

        harness.Theirs.Edit(EntityType.Customer, externalId, f => f.Set("phone", "7"));
        harness.Ours.Edit(EntityType.Customer, id, f => f.Set("notes", "vip"));
        await harness.SyncAsync();

        Assert.Empty(harness.Ours.SyncWrites);
        Assert.Single(harness.Ours.Live(EntityType.Customer));
        Assert.Equal("vip", harness.Theirs.FieldsOf(EntityType.Customer, externalId)!.Text("notes"));
    }

    [Fact]
    public async Task RunAsync_InboundRuleWithLocalEdit_KeepsItWhenTheProviderChangesAnotherField()
    {
        var harness = new SyncHarness().WithRule(new SyncRuleBuilder(EntityType.Customer).WithDirection(SyncDirection.Inbound).Build());
        var externalId = harness.Theirs.Add(EntityType.Customer, new CustomerBuilder().BuildFields());
        await harness.SyncAsync();
        var id = harness.Ours.Live(EntityType.Customer).Single().Id;

        harness.Ours.Edit(EntityType.Customer, id, f => f.Set("notes", "local"));
        await harness.SyncAsync();
        harness.Theirs.Edit(EntityType.Customer, externalId, f => f.Set("phone", "5"));
        await harness.SyncAsync();

        var ours = harness.Ours.Current(EntityType.Customer, id)!.Record!.Fields;
        Assert.Equal("local", ours.Text("notes"));
        Assert.Equal("5", ours.Text("phone"));
        Assert.Empty(harness.Theirs.Writes);
    }

    [Fact]
    public async Task RunAsync_DisabledEntity_IsNeverReadNorWritten()
    {
        var harness = new SyncHarness().WithRule(new SyncRuleBuilder(EntityType.Vendor).Disabled().Build());
        harness.Ours.Add(EntityType.Vendor, Fields.Of(("display_name", "V")));
        harness.Theirs.Add(EntityType.Vendor, Fields.Of(("display_name", "W")));

        var outcome = await harness.SyncAsync(SyncJobType.Full);

        Assert.DoesNotContain(EntityType.Vendor, harness.Theirs.Reads);
        Assert.DoesNotContain(EntityType.Vendor, harness.Ours.Reads);
        Assert.Empty(harness.Theirs.Writes);
        Assert.Empty(harness.Ours.SyncWrites);
        Assert.DoesNotContain(outcome.Entities, e => e.EntityType == EntityType.Vendor);
    }

    [Fact]
    public async Task RunAsync_ReferenceToDisabledEntity_WaitsAndSyncsOnceEnabled()
    {
        var harness = new SyncHarness().WithRule(new SyncRuleBuilder(EntityType.Customer).Disabled().Build());
        var customer = harness.Ours.Add(EntityType.Customer, new CustomerBuilder().BuildFields());
        harness.Ours.Add(EntityType.Invoice, new InvoiceBuilder().WithCustomer(customer).BuildFields());

        var blocked = await harness.SyncAsync();

        Assert.Equal(JobStatus.PartiallySucceeded, blocked.Status);
        Assert.Empty(harness.Theirs.Live(EntityType.Invoice));
        Assert.Contains(harness.Progress.Results, r => r is { EntityType: EntityType.Invoice, Action: ResultAction.Failed }
            && r.Message!.Contains("customer_id", StringComparison.Ordinal));

        harness.WithRule(new SyncRuleBuilder(EntityType.Customer).Build());
        var unblocked = await harness.SyncAsync();

        Assert.Equal(JobStatus.Succeeded, unblocked.Status);
        var (customerExternalId, _) = Assert.Single(harness.Theirs.Live(EntityType.Customer));
        Assert.Equal(customerExternalId, Assert.Single(harness.Theirs.Live(EntityType.Invoice)).Fields.Text("customer_id"));
    }
}
