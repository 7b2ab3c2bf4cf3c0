using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Schema;
using SyncConsole.Tests.Core.Builders;
using SyncConsole.Tests.Core.Fakes;

namespace SyncConsole.Tests.Core.Orchestration;

public class SyncOrchestratorMatchingTests
{
    [Fact]
    public async Task RunAsync_BothSidesAlreadyHaveTheCustomers_LinksThemWithoutDuplicates()
    {
        var harness = new SyncHarness();
        string[] names = ["Acme Corp", "Beta LLC", "Gamma Ltd"];
        foreach (var name in names)
        {
            var fields = new CustomerBuilder().WithDisplayName(name).WithEmail($"{name[..4]}@x.test").BuildFields();
            harness.Ours.Add(EntityType.Customer, fields);
            harness.Theirs.Add(EntityType.Customer, fields);
        }

        harness.Ours.Add(EntityType.Customer, new CustomerBuilder().WithDisplayName("Only ours").WithEmail("o@o.test").BuildFields());
        harness.Theirs.Add(EntityType.Customer, new CustomerBuilder().WithDisplayName("Only theirs").WithEmail("t@t.test").BuildFields());

        await harness.SyncAsync();

        Assert.Equal(5, harness.Ours.Live(EntityType.Customer).Count());
        Assert.Equal(5, harness.Theirs.Live(EntityType.Customer).Count());
        Assert.All(harness.States.States, s => Assert.NotNull(s.ExternalId));
        Assert.All(harness.States.States, s => Assert.NotNull(s.InternalId));
        Assert.Single(harness.Theirs.Writes);
        Assert.Empty(harness.Conflicts.All);
    }

    [Fact]
    public async Task RunAsync_SameInvoiceOnBothSides_MatchesByDocNumberPartyAndDate()
    {
        var harness = new SyncHarness();
        var customer = new CustomerBuilder().BuildFields();
        var ourCustomer = harness.Ours.Add(EntityType.Customer, customer);
        var theirCustomer = harness.Theirs.Add(EntityType.Customer, customer);
        harness.Ours.Add(EntityType.Invoice, new InvoiceBuilder().WithCustomer(ourCustomer).BuildFields());
        harness.Theirs.Add(EntityType.Invoice, new InvoiceBuilder().WithCustomer(theirCustomer).BuildFields());
        harness.Ours.Add(EntityType.Invoice, new InvoiceBuilder().WithCustomer(ourCustomer).WithDocNumber("INV-2002").BuildFields());

        await harness.SyncAsync();

        Assert.Equal(2, harness.Theirs.Live(EntityType.Invoice).Count());
        Assert.Equal(2, harness.Ours.Live(EntityType.Invoice).Count());
        Assert.Equal(["INV-1001", "INV-2002"], harness.Theirs.Live(EntityType.Invoice).Select(i => i.Fields.Text("doc_number")).Order());
        Assert.All(harness.Theirs.Live(EntityType.Invoice), i => Assert.Equal(theirCustomer, i.Fields.Text("customer_id")));
        Assert.Empty(harness.Conflicts.All);
    }

    [Fact]
    public async Task RunAsync_MatchByEmailWithDifferentPhone_LinksAndRaisesFieldConflict()
    {
        var harness = new SyncHarness();
        harness.Ours.Add(EntityType.Customer, new CustomerBuilder().WithDisplayName("Acme").WithPhone("1").BuildFields());
        harness.Theirs.Add(EntityType.Customer, new CustomerBuilder().WithDisplayName("ACME Inc").WithPhone("1").BuildFields());

        await harness.SyncAsync();

        Assert.Single(harness.Theirs.Live(EntityType.Customer));
        Assert.Single(harness.Ours.Live(EntityType.Customer));
        Assert.Equal("display_name", Assert.Single(Assert.Single(harness.Conflicts.Open).Fields).Field);
    }

    [Fact]
    public async Task RunAsync_SeveralCandidates_RaisesReviewItemAndCreatesNothing()
    {
        var harness = new SyncHarness();
        var acme = new CustomerBuilder().BuildFields();
        harness.Ours.Add(EntityType.Customer, acme);
        harness.Ours.Add(EntityType.Customer, acme.Set("phone", "2"));
        harness.Theirs.Add(EntityType.Customer, acme);

        await harness.SyncAsync();

        Assert.Single(harness.Theirs.Live(EntityType.Customer));
        Assert.Empty(harness.Theirs.Writes);
        Assert.Empty(harness.Ours.SyncWrites);
        Assert.All(harness.Conflicts.Open, c => Assert.Equal(ConflictKind.AmbiguousMatch, c.Kind));
        Assert.Equal(3, harness.Conflicts.Open.Count());
        Assert.Contains(harness.Progress.Results, r => r.Action == ResultAction.Conflict && r.Message!.StartsWith("Ambiguous match", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_AmbiguousMatchResolvedToACandidate_LinksIt()
    {
        var harness = new SyncHarness();
        var acme = new CustomerBuilder().BuildFields();
        var ours = harness.Ours.Add(EntityType.Customer, acme);
        var first = harness.Theirs.Add(EntityType.Customer, acme);
        harness.Theirs.Add(EntityType.Customer, acme.Set("phone", "2"));
        await harness.SyncAsync();
        var review = Assert.Single(harness.Conflicts.Open, c => c.RecordId == ours);

        var choice = new Dictionary<string, ConflictChoice> { [ConflictFields.Match] = ConflictChoice.Explicit(CanonicalValue.From(first)) };
        await harness.Conflicts.SaveAsync(ConflictResolution.Resolve(review, choice, "finance", harness.Clock.GetUtcNow()).Resolved!, CancellationToken.None);
        await harness.SyncAsync();

        Assert.Equal(first, harness.StateOf(EntityType.Customer, ours)!.ExternalId);
        Assert.Equal(2, harness.Theirs.Live(EntityType.Customer).Count());
    }
}
