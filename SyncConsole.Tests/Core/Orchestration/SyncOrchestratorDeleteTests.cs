using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;
using SyncConsole.Tests.Core.Builders;
using SyncConsole.Tests.Core.Fakes;

namespace SyncConsole.Tests.Core.Orchestration;

public class SyncOrchestratorDeleteTests
{
    private static async Task<(SyncHarness Harness, string Id, string ExternalId)> LinkedAsync(EntityType entityType, FieldMap fields, SyncRule? rule = null)
    {
        var harness = new SyncHarness();
        if (rule is not null)
        {
            harness.WithRule(rule);
        }

        var id = harness.Ours.Add(entityType, fields);
        await harness.SyncAsync();
        return (harness, id, harness.StateOf(entityType, id)!.ExternalId!);
    }

    [Fact]
    public async Task RunAsync_OurInvoiceDeleted_DeletesItAtTheProvider()
    {
        var (harness, id, externalId) = await LinkedAsync(EntityType.Invoice, new InvoiceBuilder().BuildFields());

        harness.Ours.Delete(EntityType.Invoice, id);
        await harness.SyncAsync();

        Assert.Null(harness.Theirs.FieldsOf(EntityType.Invoice, externalId));
        Assert.Equal(ExternalWriteOperation.Delete, harness.Theirs.Writes[^1].Operation);
        Assert.True(harness.StateOf(EntityType.Invoice, id)!.Removed);
        Assert.Contains(harness.Progress.Results, r => r is { Action: ResultAction.Deleted, Direction: ChangeDirection.Outbound });
    }

    [Fact]
    public async Task RunAsync_OurCustomerDeleted_InactivatesItAtTheProvider()
    {
        var (harness, id, externalId) = await LinkedAsync(EntityType.Customer, new CustomerBuilder().BuildFields());

        harness.Ours.Delete(EntityType.Customer, id);
        await harness.SyncAsync();

        var theirs = harness.Theirs.FieldsOf(EntityType.Customer, externalId);
        Assert.Equal(new CustomerBuilder().Inactive().BuildFields(), theirs);
        Assert.Equal(ExternalWriteOperation.Update, harness.Theirs.Writes[^1].Operation);
    }

    [Fact]
    public async Task RunAsync_ProviderInvoiceDeleted_DeletesOurs()
    {
        var (harness, id, externalId) = await LinkedAsync(EntityType.Invoice, new InvoiceBuilder().BuildFields());

        harness.Theirs.Remove(EntityType.Invoice, externalId);
        await harness.SyncAsync();

        Assert.True(harness.Ours.Current(EntityType.Invoice, id)!.IsDeleted);
    }

    [Fact]
    public async Task RunAsync_ProviderCustomerDeleted_InactivatesOursInsteadOfDeleting()
    {
        var (harness, id, externalId) = await LinkedAsync(EntityType.Customer, new CustomerBuilder().BuildFields());

        harness.Theirs.Remove(EntityType.Customer, externalId);
        await harness.SyncAsync();

        var ours = harness.Ours.Current(EntityType.Customer, id)!;
        Assert.False(ours.IsDeleted);
        Assert.Equal(new CustomerBuilder().Inactive().BuildFields(), ours.Record!.Fields);
    }

    [Fact]
    public async Task RunAsync_DeleteAgainstConcurrentEditUnderManual_RaisesConflictAndLosesNothing()
    {
        var (harness, id, externalId) = await LinkedAsync(EntityType.Invoice, new InvoiceBuilder().BuildFields());

        harness.Ours.Delete(EntityType.Invoice, id);
        harness.Theirs.Edit(EntityType.Invoice, externalId, f => f.Set("memo", "changed"));
        await harness.SyncAsync();

        var conflict = Assert.Single(harness.Conflicts.Open);
        Assert.Equal(ConflictKind.DeleteVersusEdit, conflict.Kind);
        Assert.Equal(ConflictFields.Deleted, Assert.Single(conflict.Fields).Field);
        Assert.Equal("changed", harness.Theirs.FieldsOf(EntityType.Invoice, externalId)!.Text("memo"));

        await harness.Conflicts.SaveAsync(ConflictResolution.Resolve(conflict,
            new Dictionary<string, ConflictChoice> { [ConflictFields.Deleted] = ConflictChoice.Theirs }, "finance", harness.Clock.GetUtcNow()).Resolved!,
            CancellationToken.None);
        await harness.SyncAsync();

        var restored = harness.Ours.Current(EntityType.Invoice, id)!;
        Assert.False(restored.IsDeleted);
        Assert.Equal("changed", restored.Record!.Fields.Text("memo"));
        Assert.Empty(harness.Conflicts.Open);
    }

    [Fact]
    public async Task RunAsync_DeleteAgainstEditUnderOurSystem_DeletesAndRecordsTheDiscardedEdit()
    {
        var rule = new SyncRuleBuilder(EntityType.Invoice).WithMaster(ConflictPolicy.OurSystem).Build();
        var (harness, id, externalId) = await LinkedAsync(EntityType.Invoice, new InvoiceBuilder().BuildFields(), rule);

        harness.Ours.Delete(EntityType.Invoice, id);
        harness.Theirs.Edit(EntityType.Invoice, externalId, f => f.Set("memo", "changed"));
        await harness.SyncAsync();

        Assert.Null(harness.Theirs.FieldsOf(EntityType.Invoice, externalId));
        var result = Assert.Single(harness.Progress.Results, r => r.Action == ResultAction.Deleted);
        Assert.Equal(new FieldResolution(ConflictFields.Deleted, MergeSide.Ours, ConflictPolicy.OurSystem), Assert.Single(result.Resolutions));
    }

    [Fact]
    public async Task RunAsync_ProviderDeleteAgainstOurEditUnderOurSystem_RecreatesAtTheProvider()
    {
        var rule = new SyncRuleBuilder(EntityType.Invoice).WithMaster(ConflictPolicy.OurSystem).Build();
        var (harness, id, externalId) = await LinkedAsync(EntityType.Invoice, new InvoiceBuilder().BuildFields(), rule);

        harness.Theirs.Remove(EntityType.Invoice, externalId);
        harness.Ours.Edit(EntityType.Invoice, id, f => f.Set("memo", "ours"));
        await harness.SyncAsync();

        var (newExternalId, fields) = Assert.Single(harness.Theirs.Live(EntityType.Invoice));
        Assert.NotEqual(externalId, newExternalId);
        Assert.Equal("ours", fields.Text("memo"));
        Assert.Equal(newExternalId, harness.StateOf(EntityType.Invoice, id)!.ExternalId);
    }

    [Fact]
    public async Task RunAsync_SameUpdateToARestoredRecord_IsPerformedNotAnsweredFromTheOldKey()
    {
        var rule = new SyncRuleBuilder(EntityType.Invoice).WithMaster(ConflictPolicy.OurSystem).Build();
        var (harness, id, externalId) = await LinkedAsync(EntityType.Invoice, new InvoiceBuilder().BuildFields(), rule);
        harness.Ours.Edit(EntityType.Invoice, id, f => f.Set("memo", "x"));
        await harness.SyncAsync();
        harness.Theirs.Remove(EntityType.Invoice, externalId);
        harness.Ours.Edit(EntityType.Invoice, id, f => f.Set("memo", "y"));
        await harness.SyncAsync();

        harness.Ours.Edit(EntityType.Invoice, id, f => f.Set("memo", "x"));
        await harness.SyncAsync();

        var (restoredId, fields) = Assert.Single(harness.Theirs.Live(EntityType.Invoice));
        Assert.Equal("x", fields.Text("memo"));
        Assert.Equal(restoredId, harness.StateOf(EntityType.Invoice, id)!.ExternalId);
    }
}
