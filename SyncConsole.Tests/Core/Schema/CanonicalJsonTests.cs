using System.Text.Json;
using SyncConsole.Core.Schema;
using SyncConsole.Tests.Core.Builders;

namespace SyncConsole.Tests.Core.Schema;

public class CanonicalJsonTests
{
    [Fact]
    public void FromJson_SameFieldInTwoBodies_SharesOneNameString()
    {
        var first = Read("""{"id":"r1","display_name":"A"}""");
        var second = Read("""{"id":"r2","display_name":"B"}""");

        Assert.Same(first.Fields.Names[0], second.Fields.Names[0]);
    }

    [Fact]
    public void FromJson_EscapedAndLongNames_ReadAsTheirText()
    {
        var longName = new string('x', 100);

        var record = Read($$"""{"id":"r1","na\u006De":1,"{{longName}}":2,"prénom":3}""");

        Assert.Equal(["name", longName, "prénom"], record.Fields.Names);
        Assert.Equal(2, record.Fields[longName].As<int>());
    }

    [Fact]
    public void ToJsonString_AfterARecordLargerThanTheKeptBuffer_WritesTheNextOneWhole()
    {
        var large = Fields.Of(("notes", new string('n', 100_000)));
        var small = Fields.Of(("a", 1));

        Assert.Equal(100_000 + """{"notes":""}""".Length, CanonicalJson.ToJsonString(large).Length);
        Assert.Equal("""{"a":1}""", CanonicalJson.ToJsonString(small));
        Assert.Equal("""{"a":1}""", CanonicalJson.ToJsonString(small));
    }

    [Fact]
    public async Task ToJsonString_OnManyThreadsAtOnce_EachBodyIsItsOwn()
    {
        var bodies = await Task.WhenAll(Enumerable.Range(0, 8).Select(thread => Task.Run(() =>
            Enumerable.Range(0, 500).Select(i => (Expected: $"{thread}-{i}", Body: CanonicalJson.ToJsonString(Fields.Of(("v", $"{thread}-{i}"))))).ToList())));

        Assert.All(bodies.SelectMany(b => b), b => Assert.Equal($$"""{"v":"{{b.Expected}}"}""", b.Body));
    }

    private static CanonicalRecord Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return CanonicalJson.FromJson(EntityType.Customer, document.RootElement);
    }
}
