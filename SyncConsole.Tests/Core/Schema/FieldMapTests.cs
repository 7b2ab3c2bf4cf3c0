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
}
