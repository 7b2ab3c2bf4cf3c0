using SyncConsole.Core.Schema;

namespace SyncConsole.Tests.Core.Schema;

public class EntitySchemaTests
{
    [Fact]
    public void For_Bill_ReferencesVendorAccountsAndItems()
    {
        var schema = EntitySchema.For(EntityType.Bill);

        Assert.Equal(["vendor_id", "lines[].account_id", "lines[].item_id"], schema.References.Select(r => r.ToString()));
        Assert.Equal([EntityType.Vendor, EntityType.Account, EntityType.Item], schema.Dependencies);
    }

    [Fact]
    public void For_Payment_HasApiFields()
    {
        Assert.Equal(["customer_id", "txn_date", "currency", "total_amount", "applied_to"], EntitySchema.For(EntityType.Payment).Fields);
    }

    [Fact]
    public void HasField_UnknownField_IsFalse()
    {
        Assert.True(EntitySchema.For(EntityType.Vendor).HasField("email"));
        Assert.False(EntitySchema.For(EntityType.Vendor).HasField("notes"));
    }
}
