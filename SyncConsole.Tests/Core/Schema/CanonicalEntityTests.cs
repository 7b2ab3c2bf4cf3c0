using System.Text.Json;
using SyncConsole.Core.Schema;
using SyncConsole.Tests.Core.Builders;

namespace SyncConsole.Tests.Core.Schema;

public class CanonicalEntityTests
{
    [Fact]
    public void ToRecord_Customer_ExposesApiFieldsInOrderWithSnakeCaseNames()
    {
        var record = new CustomerBuilder().Build().ToRecord();

        Assert.Equal(
            ["display_name", "company_name", "given_name", "family_name", "email", "phone", "billing_address", "currency", "notes", "active"],
            record.Fields.Names);
        Assert.Equal(SchemaVersions.Current, record.SchemaVersion);
    }

    [Fact]
    public void ToRecord_Invoice_WritesMoneyDatesAndLinesCanonically()
    {
        var fields = new InvoiceBuilder().WithCustomer("c-1").Build().ToRecord().Fields;

        Assert.Equal("\"2026-01-05\"", fields["txn_date"].ToString());
        Assert.Equal(300.00m, fields["total"].As<decimal>());
        Assert.Equal("c-1", fields["customer_id"].As<string>());
        var line = fields["lines"].Json[0];
        Assert.Equal(150.00m, line.GetProperty("unit_price").GetDecimal());
        Assert.Equal(JsonValueKind.Null, line.GetProperty("class_id").ValueKind);
    }

    [Theory]
    [InlineData(ItemType.Service, "service")]
    [InlineData(ItemType.NonInventory, "non_inventory")]
    [InlineData(ItemType.Inventory, "inventory")]
    public void ToRecord_ItemType_UsesWireName(ItemType type, string wire)
    {
        var fields = new Item { Name = "Widget", Type = type }.ToRecord().Fields;

        Assert.Equal(wire, fields["type"].As<string>());
    }

    [Fact]
    public void FromRecord_AfterToRecord_RebuildsEqualValues()
    {
        var invoice = new InvoiceBuilder().WithCustomer("c-1").WithItemOnLines("i-1").Build() with { Id = "inv-1" };

        var rebuilt = CanonicalEntity.FromRecord<Invoice>(invoice.ToRecord());

        Assert.Equal(invoice.ToRecord().Fields, rebuilt.ToRecord().Fields);
        Assert.Equal("inv-1", rebuilt.Id);
        Assert.Equal(invoice.Lines, rebuilt.Lines);
    }

    [Fact]
    public void FromRecord_OfAnotherEntityType_Throws()
    {
        var record = new CustomerBuilder().Build().ToRecord();

        Assert.Throws<ArgumentException>(() => CanonicalEntity.FromRecord<Vendor>(record));
    }

    [Fact]
    public void Json_RoundTrip_KeepsIdVersionAndEveryField()
    {
        var record = new CustomerBuilder().Build().ToRecord().WithId("cust-7");

        var json = CanonicalJson.ToJsonString(record);
        var read = CanonicalJson.FromJson(EntityType.Customer, JsonDocument.Parse(json).RootElement);

        Assert.Contains("\"schema_version\":2", json, StringComparison.Ordinal);
        Assert.Contains("\"postal_code\":\"62701\"", json, StringComparison.Ordinal);
        Assert.Equal(record, read with { Fields = record.Fields });
        Assert.Equal(record.Fields, read.Fields);
    }

    [Fact]
    public void ToJsonString_AnyRecord_WritesTheSameTextAsTheNodeTree()
    {
        var record = new CustomerBuilder().WithDisplayName("Café Ünïcode \"quoted\" <b>").Build().ToRecord().WithId("cust-8");

        var fields = record.Fields.Entries.Select(e => KeyValuePair.Create(e.Key, JsonSerializer.SerializeToNode(e.Value.Json)));
        var envelope = new[]
        {
            KeyValuePair.Create<string, System.Text.Json.Nodes.JsonNode?>("id", "cust-8"),
            KeyValuePair.Create<string, System.Text.Json.Nodes.JsonNode?>("schema_version", record.SchemaVersion),
        };

        Assert.Equal(new System.Text.Json.Nodes.JsonObject(envelope.Concat(fields)).ToJsonString(), CanonicalJson.ToJsonString(record));
        Assert.Equal(new System.Text.Json.Nodes.JsonObject(fields).ToJsonString(), CanonicalJson.ToJsonString(record.Fields));
    }

    [Fact]
    public void FromJson_WithoutId_Throws()
    {
        Assert.Throws<JsonException>(() =>
            CanonicalJson.FromJson(EntityType.Customer, JsonDocument.Parse("{\"display_name\":\"A\"}").RootElement));
    }

    [Theory]
    [InlineData(EntityType.Account)]
    [InlineData(EntityType.Item)]
    [InlineData(EntityType.Customer)]
    [InlineData(EntityType.Vendor)]
    [InlineData(EntityType.Invoice)]
    [InlineData(EntityType.Bill)]
    [InlineData(EntityType.Payment)]
    public void Create_EveryEntityType_RoundTripsThroughJson(EntityType entityType)
    {
        var record = CanonicalEntity.Create(entityType).ToRecord().WithId("x");

        var read = CanonicalJson.FromJson(entityType, JsonDocument.Parse(CanonicalJson.ToJsonString(record)).RootElement);

        Assert.Equal(entityType, CanonicalEntity.Create(entityType).EntityType);
        Assert.Equal(record.Fields, read.Fields);
        Assert.Equal(EntitySchema.For(entityType).Fields, read.Fields.Names);
    }
}
