using SyncConsole.Core.Schema;
using SyncConsole.Tests.Core.Builders;

namespace SyncConsole.Tests.Core.Schema;

public class FieldMapTests
{
    [Fact]
    public void Indexer_MissingField_ReadsAsNull()
    {
        Assert.True(Fields.Of(("a", 1))["b"].IsNull);
    }

    [Fact]
    public void Equals_MissingVersusNullField_IsTrue()
    {
        Assert.Equal(Fields.Of(("a", 1)), Fields.Of(("a", 1), ("b", null)));
    }

    [Fact]
    public void DifferingFields_TwoMaps_ListsOnlyChangedFields()
    {
        var before = Fields.Of(("a", 1), ("b", "x"), ("c", true));

        Assert.Equal(["b", "d"], before.DifferingFields(before.Set("b", "y").Set("d", 2)));
    }

    [Fact]
    public void With_ExistingField_KeepsItsPosition()
    {
        var fields = Fields.Of(("a", 1), ("b", 2)).Set("a", 3);

        Assert.Equal(["a", "b"], fields.Names);
        Assert.Equal(3, fields["a"].As<int>());
    }

    [Fact]
    public void From_RepeatedName_KeepsFirstPositionAndLastValue()
    {
        var fields = FieldMap.From([
            KeyValuePair.Create("a", CanonicalValue.From(1)),
            KeyValuePair.Create("b", CanonicalValue.From(2)),
            KeyValuePair.Create("a", CanonicalValue.From(3)),
        ]);

        Assert.Equal(["a", "b"], fields.Names);
        Assert.Equal(3, fields["a"].As<int>());
    }

    [Fact]
    public void With_ManyNewFields_AppendsThemInOrder()
    {
        var names = Enumerable.Range(0, 40).Select(i => $"f{i}").ToList();

        var fields = FieldMap.Empty.With(names.Select(n => KeyValuePair.Create(n, CanonicalValue.From(n))));

        Assert.Equal(names, fields.Names);
        Assert.All(names, n => Assert.Equal(n, fields[n].As<string>()));
    }

    [Fact]
    public void DifferingFields_FieldOnlyInOther_DiffersOnlyWhenNotNull()
    {
        var before = Fields.Of(("a", 1));

        Assert.Empty(before.DifferingFields(Fields.Of(("a", 1), ("b", null))));
        Assert.Equal(["b"], before.DifferingFields(Fields.Of(("a", 1), ("b", 2))));
    }

    [Fact]
    public void With_OriginalMap_IsUnchanged()
    {
        var original = Fields.Of(("a", 1));

        _ = original.Set("a", 2).Set("b", 3);

        Assert.Equal(["a"], original.Names);
        Assert.Equal(1, original["a"].As<int>());
    }
}
