using SyncConsole.Core.Matching;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.Tests.Core.Builders;

namespace SyncConsole.Tests.Core.Matching;

public class RecordMatcherTests
{
    private static readonly IReadOnlyList<MatchKey> CustomerKeys = new MatchingOptions().KeysFor(EntityType.Customer);

    private static Task<MatchOutcome> MatchAsync(
        FieldMap fields, IReadOnlyList<(string Id, FieldMap Fields)> others, string[]? linked = null,
        IReadOnlyList<(string Id, FieldMap Fields)>? own = null) =>
        RecordMatcher.MatchAsync(EntityType.Customer, fields, CustomerKeys, Side(others, linked ?? []),
            Side(own ?? [("mine", fields)], []), CancellationToken.None);

    private static MatchSource Side(IReadOnlyList<(string Id, FieldMap Fields)> records, string[] linked) => new(
        (criteria, _) => Task.FromResult<IAsyncEnumerable<string>?>(
            records.Where(o => criteria.IsSatisfiedBy(o.Fields)).Select(o => o.Id).ToAsyncEnumerable()),
        (id, _) => Task.FromResult(linked.Contains(id)),
        (id, _) => Task.FromResult<FieldMap?>(records.Single(r => r.Id == id).Fields));

    [Fact]
    public async Task MatchAsync_SameDisplayNameIgnoringCaseAndSpaces_IsUnique()
    {
        var outcome = await MatchAsync(new CustomerBuilder().WithDisplayName("Acme Corp").BuildFields(),
            [("7", new CustomerBuilder().WithDisplayName("  ACME corp ").WithEmail("other@x.test").BuildFields())]);

        Assert.Equal(MatchKind.Unique, outcome.Kind);
        Assert.Equal(["7"], outcome.CandidateIds);
        Assert.Equal("display_name", outcome.Key!.ToString());
    }

    [Fact]
    public async Task MatchAsync_NoNameMatch_FallsBackToEmail()
    {
        var outcome = await MatchAsync(new CustomerBuilder().WithDisplayName("Acme").BuildFields(),
            [("8", new CustomerBuilder().WithDisplayName("Acme Inc.").BuildFields())]);

        Assert.Equal(MatchKind.Unique, outcome.Kind);
        Assert.Equal("email", outcome.Key!.ToString());
    }

    [Fact]
    public async Task MatchAsync_SeveralCandidates_IsAmbiguous()
    {
        var same = new CustomerBuilder().BuildFields();

        var outcome = await MatchAsync(same, [("1", same), ("2", same)]);

        Assert.Equal(MatchKind.Ambiguous, outcome.Kind);
        Assert.Equal(["1", "2"], outcome.CandidateIds);
    }

    [Fact]
    public async Task MatchAsync_CandidateAlreadyLinked_IsIgnored()
    {
        var same = new CustomerBuilder().BuildFields();

        var outcome = await MatchAsync(same, [("1", same), ("2", same)], ["1"]);

        Assert.Equal(["2"], outcome.CandidateIds);
        Assert.Equal(MatchKind.Unique, outcome.Kind);
    }

    [Fact]
    public async Task MatchAsync_CandidateMatchesSeveralOfOurs_IsAmbiguous()
    {
        var same = new CustomerBuilder().BuildFields();

        var outcome = await MatchAsync(same, [("1", same)], own: [("mine", same), ("twin", same)]);

        Assert.Equal(MatchKind.Ambiguous, outcome.Kind);
        Assert.Equal(["1"], outcome.CandidateIds);
    }

    [Fact]
    public async Task MatchAsync_KeyValuesMissing_NeverMatchesOnNulls()
    {
        var blank = new CustomerBuilder().WithDisplayName(null).WithEmail(null).BuildFields();

        var outcome = await MatchAsync(blank, [("1", blank)]);

        Assert.Equal(MatchKind.None, outcome.Kind);
    }

    [Fact]
    public void IsSatisfiedBy_NonStringValues_CompareExactly()
    {
        var criteria = new MatchCriteria(EntityType.Payment, [KeyValuePair.Create("total_amount", CanonicalValue.From(10.5m))]);

        Assert.True(criteria.IsSatisfiedBy(Fields.Of(("total_amount", 10.50m))));
        Assert.False(criteria.IsSatisfiedBy(Fields.Of(("total_amount", 10.51m))));
    }
}
