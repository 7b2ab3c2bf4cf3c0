using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Merge;
using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;
using SyncConsole.Tests.Core.Builders;

namespace SyncConsole.Tests.Core.Merge;

public class FieldMergerTests
{
    private static readonly DateTimeOffset Earlier = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = Earlier.AddMinutes(5);
    private static readonly FieldMap Base = Fields.Of(("display_name", "Acme"), ("email", "a@acme.test"), ("phone", "1"));

    private static MergeResult Merge(
        FieldMap ours, FieldMap theirs, SyncRule? rule = null, DateTimeOffset? oursAt = null, DateTimeOffset? theirsAt = null,
        FieldMap? baseFields = null) =>
        FieldMerger.Merge(new MergeInput(baseFields ?? Base, ours, theirs,
            rule ?? new SyncRuleBuilder(EntityType.Customer).Build(), oursAt, theirsAt));

    [Fact]
    public void Merge_FieldsChangedOnDifferentSides_TakesBothChanges()
    {
        var result = Merge(Base.Set("email", "new@acme.test"), Base.Set("phone", "2"));

        Assert.False(result.HasConflicts);
        Assert.Equal(Base.Set("email", "new@acme.test").Set("phone", "2"), result.Merged);
        Assert.Empty(result.Resolutions);
    }

    [Fact]
    public void Merge_SameNewValueOnBothSides_IsNoConflict()
    {
        var result = Merge(Base.Set("email", "x@acme.test"), Base.Set("email", "x@acme.test"));

        Assert.False(result.HasConflicts);
        Assert.Equal("x@acme.test", result.Merged.Text("email"));
    }

    [Fact]
    public void Merge_DifferentNewValuesUnderManual_OpensFieldConflictWithBaseOursTheirs()
    {
        var result = Merge(Base.Set("email", "ours@acme.test"), Base.Set("email", "theirs@acme.test").Set("phone", "2"));

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal(new FieldConflict("email", CanonicalValue.From("a@acme.test"), CanonicalValue.From("ours@acme.test"),
            CanonicalValue.From("theirs@acme.test")), conflict);
    }

    [Theory]
    [InlineData(ConflictPolicy.External, "theirs@acme.test", MergeSide.Theirs)]
    [InlineData(ConflictPolicy.OurSystem, "ours@acme.test", MergeSide.Ours)]
    public void Merge_DifferentNewValuesUnderSidePolicy_PicksThatSideAndRecordsIt(ConflictPolicy policy, string expected, MergeSide winner)
    {
        var rule = new SyncRuleBuilder(EntityType.Customer).WithMaster(policy).Build();

        var result = Merge(Base.Set("email", "ours@acme.test"), Base.Set("email", "theirs@acme.test"), rule);

        Assert.Equal(expected, result.Merged.Text("email"));
        Assert.Equal([new FieldResolution("email", winner, policy)], result.Resolutions);
    }

    [Fact]
    public void Merge_FieldOverride_BeatsMasterPolicy()
    {
        var rule = new SyncRuleBuilder(EntityType.Customer).WithMaster(ConflictPolicy.External)
            .WithOverride("email", ConflictPolicy.OurSystem).Build();

        var result = Merge(Base.Set("email", "ours").Set("phone", "o"), Base.Set("email", "theirs").Set("phone", "t"), rule);

        Assert.Equal("ours", result.Merged.Text("email"));
        Assert.Equal("t", result.Merged.Text("phone"));
    }

    [Fact]
    public void Merge_ManualOverrideUnderAutomaticMaster_LeavesThatFieldToAPerson()
    {
        var rule = new SyncRuleBuilder(EntityType.Customer).WithMaster(ConflictPolicy.External)
            .WithOverride("email", ConflictPolicy.Manual).Build();

        var result = Merge(Base.Set("email", "ours"), Base.Set("email", "theirs"), rule);

        Assert.Equal("email", Assert.Single(result.Conflicts).Field);
    }

    [Theory]
    [InlineData(true, "ours", MergeSide.Ours)]
    [InlineData(false, "theirs", MergeSide.Theirs)]
    public void Merge_LastWriterWins_TakesTheLaterSide(bool oursLater, string expected, MergeSide winner)
    {
        var rule = new SyncRuleBuilder(EntityType.Customer).WithMaster(ConflictPolicy.LastWriterWins).Build();

        var result = Merge(Base.Set("email", "ours"), Base.Set("email", "theirs"), rule,
            oursLater ? Later : Earlier, oursLater ? Earlier : Later);

        Assert.Equal(expected, result.Merged.Text("email"));
        Assert.Equal(winner, Assert.Single(result.Resolutions).Winner);
    }

    [Fact]
    public void Merge_LastWriterWinsWithEqualOrUnknownTimes_AsksAPerson()
    {
        var rule = new SyncRuleBuilder(EntityType.Customer).WithMaster(ConflictPolicy.LastWriterWins).Build();

        Assert.True(Merge(Base.Set("email", "o"), Base.Set("email", "t"), rule, Earlier, Earlier).HasConflicts);
        Assert.True(Merge(Base.Set("email", "o"), Base.Set("email", "t"), rule, Earlier, null).HasConflicts);
    }

    [Fact]
    public void Merge_WithoutFieldMergeAndOneSideChanged_TakesThatSideWhole()
    {
        var rule = new SyncRuleBuilder(EntityType.Customer).WithoutFieldMerge().Build();

        Assert.Equal(Base.Set("phone", "2"), Merge(Base, Base.Set("phone", "2"), rule).Merged);
        Assert.Equal(Base.Set("phone", "3"), Merge(Base.Set("phone", "3"), Base, rule).Merged);
    }

    [Theory]
    [InlineData(ConflictPolicy.External)]
    [InlineData(ConflictPolicy.OurSystem)]
    public void Merge_WithoutFieldMergeAndBothChanged_RecordPolicyPicksAWholeSide(ConflictPolicy policy)
    {
        var rule = new SyncRuleBuilder(EntityType.Customer).WithoutFieldMerge().WithMaster(policy).Build();
        var ours = Base.Set("email", "ours");
        var theirs = Base.Set("phone", "2");

        var result = Merge(ours, theirs, rule);

        Assert.Equal(policy == ConflictPolicy.External ? theirs : ours, result.Merged);
        Assert.Equal(policy == ConflictPolicy.External ? "email" : "phone", Assert.Single(result.Resolutions).Field);
    }

    [Fact]
    public void Merge_WithoutFieldMergeUnderManual_ListsEveryDifferingField()
    {
        var rule = new SyncRuleBuilder(EntityType.Customer).WithoutFieldMerge().Build();

        var result = Merge(Base.Set("email", "ours"), Base.Set("phone", "2"), rule);

        Assert.Equal(["email", "phone"], result.Conflicts.Select(c => c.Field));
    }

    [Fact]
    public void Merge_WithoutFieldMergeAndEqualSides_IsNoConflict()
    {
        var rule = new SyncRuleBuilder(EntityType.Customer).WithoutFieldMerge().Build();

        Assert.False(Merge(Base.Set("email", "x"), Base.Set("email", "x"), rule).HasConflicts);
    }

    [Fact]
    public void Merge_LinesEditedDifferentlyOnBothSides_IsOneConflictOnTheWholeList()
    {
        // Lines merge as one value: a change to line 1 here and to line 2 there is not combined into a third invoice.
        var baseInvoice = new InvoiceBuilder().WithLines(
            new InvoiceLine { Description = "A", Amount = 10 }, new InvoiceLine { Description = "B", Amount = 20 }).BuildFields();
        var ours = new InvoiceBuilder().WithLines(
            new InvoiceLine { Description = "A2", Amount = 10 }, new InvoiceLine { Description = "B", Amount = 20 }).BuildFields();
        var theirs = new InvoiceBuilder().WithLines(
            new InvoiceLine { Description = "A", Amount = 10 }, new InvoiceLine { Description = "B", Amount = 25 }).BuildFields();

        var result = Merge(ours, theirs, new SyncRuleBuilder(EntityType.Invoice).Build(), baseFields: baseInvoice);

        Assert.Equal(["lines", "total"], result.Conflicts.Select(c => c.Field));
    }

    [Fact]
    public void Merge_TotalChangedOnOneSideAndLinesOnTheOther_KeepsLinesAndTotalFromOneSide()
    {
        var baseInvoice = new InvoiceBuilder().BuildFields();
        var ours = baseInvoice.Set("total", 310m);
        var theirs = new InvoiceBuilder().WithLines(new InvoiceLine { Description = "New", Amount = 99 }).BuildFields();
        var rule = new SyncRuleBuilder(EntityType.Invoice).WithMaster(ConflictPolicy.External).Build();

        var result = Merge(ours, theirs, rule, baseFields: baseInvoice);

        Assert.Equal(theirs["lines"], result.Merged["lines"]);
        Assert.Equal(99m, result.Merged["total"].As<decimal>());
        Assert.Equal(["lines", "total"], result.Resolutions.Select(r => r.Field));
    }

    [Fact]
    public void Merge_LinesChangedOnOneSide_TakesTheWholeNewList()
    {
        var baseInvoice = new InvoiceBuilder().BuildFields();
        var theirs = new InvoiceBuilder().WithLines(new InvoiceLine { Description = "New", Amount = 99 }).BuildFields();

        var result = Merge(baseInvoice.Set("memo", "ours"), theirs, new SyncRuleBuilder(EntityType.Invoice).Build(), baseFields: baseInvoice);

        Assert.False(result.HasConflicts);
        Assert.Equal(theirs["lines"], result.Merged["lines"]);
        Assert.Equal("ours", result.Merged.Text("memo"));
    }

    [Fact]
    public void Merge_NoBase_TreatsEveryDifferenceAsBothChanged()
    {
        var result = FieldMerger.Merge(new MergeInput(null, Base.Set("phone", "o"), Base.Set("phone", "t"),
            new SyncRuleBuilder(EntityType.Customer).Build(), null, null));

        Assert.Equal("phone", Assert.Single(result.Conflicts).Field);
        Assert.True(Assert.Single(result.Conflicts).Base.IsNull);
    }
}
