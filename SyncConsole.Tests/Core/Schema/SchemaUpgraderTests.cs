using System.Text.Json;
using SyncConsole.Core.Schema;

namespace SyncConsole.Tests.Core.Schema;

public class SchemaUpgraderTests
{
    private const string V1Invoice = """
        {"id":"inv-1","schema_version":1,"customer_id":"c-1","doc_number":"INV-9","txn_date":"2025-12-01",
         "due_date":null,"currency":"EUR","memo":"old","total":12.5,"balance":12.5,
         "lines":[{"item_id":"i-1","description":"Tea","quantity":1,"unit_price":12.5,"amount":12.5}]}
        """;

    [Fact]
    public void FromJson_V1Invoice_ReadsAsCurrentWithNullClassOnEveryLine()
    {
        var record = CanonicalJson.FromJson(EntityType.Invoice, JsonDocument.Parse(V1Invoice).RootElement);

        Assert.Equal(SchemaVersions.V2, record.SchemaVersion);
        var invoice = CanonicalEntity.FromRecord<Invoice>(record);
        Assert.Null(Assert.Single(invoice.Lines).ClassId);
        Assert.Equal(12.5m, invoice.Total);
        Assert.Equal(new DateOnly(2025, 12, 1), invoice.TxnDate);
    }

    [Fact]
    public void FromJson_V1Invoice_RoundTripsEveryV1Value()
    {
        var v1 = JsonDocument.Parse(V1Invoice).RootElement;

        var written = JsonDocument.Parse(CanonicalJson.ToJsonString(CanonicalJson.FromJson(EntityType.Invoice, v1))).RootElement;

        foreach (var property in v1.EnumerateObject().Where(p => p.Name is not ("schema_version" or "lines")))
        {
            Assert.True(JsonElement.DeepEquals(property.Value, written.GetProperty(property.Name)), property.Name);
        }

        var line = written.GetProperty("lines")[0];
        Assert.Equal("i-1", line.GetProperty("item_id").GetString());
        Assert.Equal(JsonValueKind.Null, line.GetProperty("class_id").ValueKind);
    }

    [Fact]
    public void FromJson_WithoutSchemaVersion_IsReadAsV1()
    {
        var record = CanonicalJson.FromJson(EntityType.Invoice,
            JsonDocument.Parse("""{"id":"a","lines":[{"amount":1}]}""").RootElement);

        Assert.Equal(JsonValueKind.Null, record.Fields["lines"].Json[0].GetProperty("class_id").ValueKind);
    }

    [Fact]
    public void Upgrade_CurrentRecord_ReturnsItUnchanged()
    {
        var record = new Invoice { Lines = [new InvoiceLine { Amount = 1, ClassId = "cls-1" }] }.ToRecord();

        Assert.Same(record, SchemaUpgrader.Upgrade(record));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Upgrade_UnknownVersion_Throws(int version)
    {
        var record = new CanonicalRecord(EntityType.Vendor, "v", version, FieldMap.Empty);

        Assert.Throws<NotSupportedException>(() => SchemaUpgrader.Upgrade(record));
    }

    [Fact]
    public void Upgrade_V1NonInvoice_OnlyBumpsVersion()
    {
        var fields = FieldMap.Empty.With("display_name", CanonicalValue.From("A"));

        var upgraded = SchemaUpgrader.Upgrade(new CanonicalRecord(EntityType.Vendor, "v", SchemaVersions.V1, fields));

        Assert.Equal(SchemaVersions.V2, upgraded.SchemaVersion);
        Assert.Equal(fields, upgraded.Fields);
    }
}
