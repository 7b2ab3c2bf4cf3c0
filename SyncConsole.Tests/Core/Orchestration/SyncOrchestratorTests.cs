using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;
using SyncConsole.Tests.Core.Builders;
using SyncConsole.Tests.Core.Fakes;

namespace SyncConsole.Tests.Core.Orchestration;

public class SyncOrchestratorTests
{
    [Fact]
    public async Task RunAsync_NewRecordOnOurSide_IsCreatedAtTheProvider()
    {
        var harness = new SyncHarness();
        var id = harness.Ours.Add(EntityType.Customer, new CustomerBuilder().BuildFields());

        var outcome = await harness.SyncAsync();

        Assert.Equal(JobStatus.Succeeded, outcome.Status);
        var (externalId, fields) = Assert.Single(harness.Theirs.Live(EntityType.Customer));
        Assert.Equal(new CustomerBuilder().BuildFields(), fields);
        var state = harness.StateOf(EntityType.Customer, id)!;
        Assert.Equal(externalId, state.ExternalId);
        Assert.Equal(RecordSyncStatus.Synced, state.Status);
        Assert.Equal(36, Assert.Single(harness.Theirs.Writes).IdempotencyKey.Length);
        Assert.Contains(harness.Progress.Results, r => r is { Action: ResultAction.Created, Direction: ChangeDirection.Outbound, RecordId: var rid } && rid == id);
    }

    [Fact]
    public async Task RunAsync_NewRecordAtTheProvider_IsCreatedOnOurSide()
    {
        var harness = new SyncHarness();
        var externalId = harness.Theirs.Add(EntityType.Vendor, Fields.Of(("display_name", "Paper Co"), ("active", true)));

        await harness.SyncAsync();

        var ours = Assert.Single(harness.Ours.Live(EntityType.Vendor));
        Assert.Equal("Paper Co", ours.Record!.Fields.Text("display_name"));
        Assert.Equal(externalId, harness.StateOf(EntityType.Vendor, ours.Id)!.ExternalId);
        Assert.Empty(harness.Theirs.Writes);
    }

    [Fact]
    public async Task RunAsync_EditsOfDifferentFieldsOnBothSides_MergesBothWays()
    {
        var harness = new SyncHarness();
        var id = harness.Ours.Add(EntityType.Customer, new CustomerBuilder().BuildFields());
        await harness.SyncAsync();
        var externalId = harness.StateOf(EntityType.Customer, id)!.ExternalId!;

        harness.Ours.Edit(EntityType.Customer, id, f => f.Set("email", "new@acme.test"));
        harness.Theirs.Edit(EntityType.Customer, externalId, f => f.Set("phone", "+1 555 0199"));
        await harness.SyncAsync();

        var expected = new CustomerBuilder().WithEmail("new@acme.test").WithPhone("+1 555 0199").BuildFields();
        Assert.Equal(expected, harness.Ours.Current(EntityType.Customer, id)!.Record!.Fields);
        Assert.Equal(expected, harness.Theirs.FieldsOf(EntityType.Customer, externalId));
        Assert.Empty(harness.Conflicts.All);
    }

    [Fact]
    public async Task RunAsync_NothingChanged_WritesNothing()
    {
        var harness = new SyncHarness();
        harness.Ours.Add(EntityType.Customer, new CustomerBuilder().BuildFields());
        harness.Theirs.Add(EntityType.Vendor, Fields.Of(("display_name", "Paper Co")));
        await harness.SyncAsync();
        var (theirWrites, ourWrites) = (harness.Theirs.Writes.Count, harness.Ours.SyncWrites.Count);

        var full = await harness.SyncAsync(SyncJobType.Full);
        await harness.SyncAsync();

        Assert.Equal(JobStatus.Succeeded, full.Status);
        Assert.Equal(theirWrites, harness.Theirs.Writes.Count);
        Assert.Equal(ourWrites, harness.Ours.SyncWrites.Count);
    }

    [Fact]
    public async Task RunAsync_EveryEntity_RunsInDependencyOrder()
    {
        var harness = new SyncHarness();
        foreach (var entityType in EntityTypes.All)
        {
            harness.WithRule(new SyncRuleBuilder(entityType).Build());
        }

        await harness.SyncAsync();

        Assert.Equal(
            [EntityType.Account, EntityType.Item, EntityType.Customer, EntityType.Vendor, EntityType.Invoice, EntityType.Bill, EntityType.Payment],
            harness.Theirs.Reads.Distinct());
    }

    [Fact]
    public async Task RunAsync_DryRun_ReturnsThePlanAndWritesNothing()
    {
        var harness = new SyncHarness();
        harness.Ours.Add(EntityType.Customer, new CustomerBuilder().BuildFields());
        harness.Ours.Add(EntityType.Customer, new CustomerBuilder().WithDisplayName("Beta").WithEmail("b@beta.test").BuildFields());
        harness.Theirs.Add(EntityType.Invoice, new InvoiceBuilder().BuildFields());

        var outcome = await harness.SyncAsync(dryRun: true);

        Assert.Equal(2, outcome.Plan.Count(p => p is { EntityType: EntityType.Customer, Action: ResultAction.Created, Direction: ChangeDirection.Outbound }));
        Assert.Single(outcome.Plan, p => p is { EntityType: EntityType.Invoice, Action: ResultAction.Created, Direction: ChangeDirection.Inbound });
        Assert.Equal(2, outcome.Entities.Single(e => e.EntityType == EntityType.Customer).Created);
        Assert.Empty(harness.Theirs.Writes);
        Assert.Empty(harness.Ours.SyncWrites);
        Assert.Empty(harness.States.States);
        Assert.Null(harness.States.CursorOf(SyncHarness.ConnectionId, EntityType.Customer, CursorSide.Internal));
        Assert.Empty(harness.Progress.Results);
    }

    [Fact]
    public async Task RunAsync_AnyJob_ReportsProgressToTheEnd()
    {
        var harness = new SyncHarness();
        harness.Ours.Add(EntityType.Customer, new CustomerBuilder().BuildFields());

        await harness.SyncAsync();

        Assert.NotEmpty(harness.Progress.Reports);
        Assert.Equal(1.0, harness.Progress.Reports[^1].Progress);
        Assert.Equal(1, harness.Progress.Reports[^1].Entities.Single(e => e.EntityType == EntityType.Customer).Created);
    }

    [Fact]
    public async Task RunAsync_ConnectionNeedsReauthorization_FailsWithoutReading()
    {
        var harness = new SyncHarness();
        harness.Theirs.Authentication = AuthenticationStatus.NeedsReauthentication;

        var outcome = await harness.SyncAsync();

        Assert.Equal(JobStatus.Failed, outcome.Status);
        Assert.Empty(harness.Theirs.Reads);
        Assert.Empty(harness.Ours.Reads);
    }

    [Fact]
    public async Task RunAsync_StoredV1Record_SyncsAndRoundTrips()
    {
        var harness = new SyncHarness();
        var v1Fields = Fields.Of(("doc_number", "INV-7"), ("currency", "USD"), ("total", 5m),
            ("lines", new[] { new { description = "Tea", amount = 5m } }));
        harness.Ours.AddRaw(new CanonicalRecord(EntityType.Invoice, "legacy-1", SchemaVersions.V1, v1Fields));

        await harness.SyncAsync();
        var writes = harness.Theirs.Writes.Count;
        await harness.SyncAsync();

        var (_, theirs) = Assert.Single(harness.Theirs.Live(EntityType.Invoice));
        Assert.Equal("INV-7", theirs.Text("doc_number"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, theirs["lines"].Json[0].GetProperty("class_id").ValueKind);
        Assert.Equal(writes, harness.Theirs.Writes.Count);
    }

    [Fact]
    public async Task RunAsync_RecordTheMapperCannotMap_FailsAloneAndIsRetried()
    {
        var harness = new SyncHarness();
        var bad = harness.Theirs.Add(EntityType.Vendor, Fields.Of(("display_name", "Bad")));
        harness.Theirs.Add(EntityType.Vendor, Fields.Of(("display_name", "Good")));
        harness.Theirs.Corrupt(EntityType.Vendor, bad);

        var outcome = await harness.SyncAsync();

        Assert.Equal(JobStatus.PartiallySucceeded, outcome.Status);
        Assert.Equal("Good", Assert.Single(harness.Ours.Live(EntityType.Vendor)).Record!.Fields.Text("display_name"));
        Assert.Contains(harness.States.States, s => s.ExternalId == bad && s.Status == RecordSyncStatus.Failed);
    }

    [Fact]
    public async Task RunAsync_EntityJob_RunsOnlyTheRequestedTypes()
    {
        var harness = new SyncHarness();
        harness.Ours.Add(EntityType.Customer, new CustomerBuilder().BuildFields());
        harness.Ours.Add(EntityType.Invoice, new InvoiceBuilder().BuildFields());

        await harness.SyncAsync(SyncJobType.Entity, false, EntityType.Invoice);

        Assert.Empty(harness.Theirs.Live(EntityType.Customer));
        Assert.Single(harness.Theirs.Live(EntityType.Invoice));
    }
}
