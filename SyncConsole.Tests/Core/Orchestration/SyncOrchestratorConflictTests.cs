using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;
using SyncConsole.Tests.Core.Builders;
using SyncConsole.Tests.Core.Fakes;

namespace SyncConsole.Tests.Core.Orchestration;

public class SyncOrchestratorConflictTests
{
    private static async Task<(SyncHarness Harness, string Id, string ExternalId)> LinkedCustomerAsync(SyncRule? rule = null)
    {
        var harness = new SyncHarness();
        if (rule is not null)
        {
            harness.WithRule(rule);
        }

        var id = harness.Ours.Add(EntityType.Customer, new CustomerBuilder().BuildFields());
        await harness.SyncAsync();
        return (harness, id, harness.StateOf(EntityType.Customer, id)!.ExternalId!);
    }

    [Fact]
    public async Task RunAsync_SameFieldChangedDifferently_OpensConflictAndWritesNothing()
    {
        var (harness, id, externalId) = await LinkedCustomerAsync();
        var writes = harness.Theirs.Writes.Count;

        harness.Ours.Edit(EntityType.Customer, id, f => f.Set("email", "ours@acme.test").Set("notes", "n"));
        harness.Theirs.Edit(EntityType.Customer, externalId, f => f.Set("email", "theirs@acme.test"));
        await harness.SyncAsync();
        await harness.SyncAsync();

        var conflict = Assert.Single(harness.Conflicts.All);
        Assert.Equal(new FieldConflict("email", CanonicalValue.From("billing@acme.test"), CanonicalValue.From("ours@acme.test"),
            CanonicalValue.From("theirs@acme.test")), Assert.Single(conflict.Fields));
        Assert.Equal(writes, harness.Theirs.Writes.Count);
        Assert.Equal(RecordSyncStatus.Conflict, harness.StateOf(EntityType.Customer, id)!.Status);
        Assert.Equal("ours@acme.test", harness.Ours.Current(EntityType.Customer, id)!.Record!.Fields.Text("email"));
    }

    [Fact]
    public async Task RunAsync_ResolvedConflict_AppliesChoicesAndMergesTheRestToBothSides()
    {
        var (harness, id, externalId) = await LinkedCustomerAsync();
        harness.Ours.Edit(EntityType.Customer, id, f => f.Set("email", "ours@acme.test").Set("notes", "n"));
        harness.Theirs.Edit(EntityType.Customer, externalId, f => f.Set("email", "theirs@acme.test").Set("phone", "2"));
        await harness.SyncAsync();

        var choices = new Dictionary<string, ConflictChoice> { ["email"] = ConflictChoice.Explicit(CanonicalValue.From("agreed@acme.test")) };
        await harness.Conflicts.SaveAsync(
            ConflictResolution.Resolve(Assert.Single(harness.Conflicts.Open), choices, "finance", harness.Clock.GetUtcNow()).Resolved!,
            CancellationToken.None);
        await harness.SyncAsync();

        var expected = new CustomerBuilder().WithEmail("agreed@acme.test").WithNotes("n").WithPhone("2").BuildFields();
        Assert.Equal(expected, harness.Ours.Current(EntityType.Customer, id)!.Record!.Fields);
        Assert.Equal(expected, harness.Theirs.FieldsOf(EntityType.Customer, externalId));
        Assert.True(Assert.Single(harness.Conflicts.All).Applied);
        Assert.Equal(RecordSyncStatus.Synced, harness.StateOf(EntityType.Customer, id)!.Status);
    }

    [Fact]
    public async Task RunAsync_ConflictUnderExternalMaster_TakesTheirsAndRecordsTheDiscardedChange()
    {
        var (harness, id, externalId) = await LinkedCustomerAsync(
            new SyncRuleBuilder(EntityType.Customer).WithMaster(ConflictPolicy.External).Build());

        harness.Ours.Edit(EntityType.Customer, id, f => f.Set("email", "ours@acme.test"));
        harness.Theirs.Edit(EntityType.Customer, externalId, f => f.Set("email", "theirs@acme.test"));
        await harness.SyncAsync();

        Assert.Equal("theirs@acme.test", harness.Ours.Current(EntityType.Customer, id)!.Record!.Fields.Text("email"));
        var result = Assert.Single(harness.Progress.Results, r => r.Resolutions.Count > 0);
        Assert.Equal(new FieldResolution("email", MergeSide.Theirs, ConflictPolicy.External), Assert.Single(result.Resolutions));
        Assert.Empty(harness.Conflicts.All);
    }

    [Fact]
    public async Task RunAsync_ConflictUnderLastWriterWins_TakesTheLaterEdit()
    {
        var (harness, id, externalId) = await LinkedCustomerAsync(
            new SyncRuleBuilder(EntityType.Customer).WithMaster(ConflictPolicy.LastWriterWins).Build());

        harness.Theirs.Edit(EntityType.Customer, externalId, f => f.Set("email", "theirs@acme.test"));
        harness.Ours.Edit(EntityType.Customer, id, f => f.Set("email", "ours-later@acme.test"));
        await harness.SyncAsync();

        Assert.Equal("ours-later@acme.test", harness.Theirs.FieldsOf(EntityType.Customer, externalId)!.Text("email"));
    }

    [Fact]
    public async Task RunAsync_OpenConflictWhoseSidesComeToAgree_ClosesItself()
    {
        var (harness, id, externalId) = await LinkedCustomerAsync();
        harness.Ours.Edit(EntityType.Customer, id, f => f.Set("email", "ours@acme.test"));
        harness.Theirs.Edit(EntityType.Customer, externalId, f => f.Set("email", "theirs@acme.test"));
        await harness.SyncAsync();

        harness.Theirs.Edit(EntityType.Customer, externalId, f => f.Set("email", "ours@acme.test"));
        await harness.SyncAsync();

        Assert.Empty(harness.Conflicts.Open);
        Assert.Equal(RecordSyncStatus.Synced, harness.StateOf(EntityType.Customer, id)!.Status);
    }
}
