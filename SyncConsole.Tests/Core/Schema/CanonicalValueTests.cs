using System.Text.Json;
using SyncConsole.Core.Schema;

namespace SyncConsole.Tests.Core.Schema;

public class CanonicalValueTests
{
    [Fact]
    public void Equals_SameNumberWrittenDifferently_IsTrue()
    {
        Assert.Equal(CanonicalValue.From(10.5m), CanonicalValue.From(10.50m));
    }

    [Fact]
    public void Equals_ObjectsWithPropertiesInAnotherOrder_IsTrue()
    {
        var a = CanonicalValue.FromJson(JsonDocument.Parse("""{"a":1,"b":"x"}""").RootElement);
        var b = CanonicalValue.FromJson(JsonDocument.Parse("""{"b":"x","a":1}""").RootElement);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentStrings_IsFalse()
    {
        Assert.NotEqual(CanonicalValue.From("a"), CanonicalValue.From("A"));
    }

    [Fact]
    public void From_Null_IsTheNullValue()
    {
        Assert.True(CanonicalValue.From<string?>(null).IsNull);
        Assert.Equal(CanonicalValue.Null, CanonicalValue.From<object?>(null));
    }
}
