using SyncConsole.Core.Schema;

namespace SyncConsole.Tests.Core.Schema;

public class EntityTypesTests
{
    [Theory]
    [InlineData(EntityType.Account, "account", true)]
    [InlineData(EntityType.Item, "item", true)]
    [InlineData(EntityType.Customer, "customer", true)]
    [InlineData(EntityType.Vendor, "vendor", true)]
    [InlineData(EntityType.Invoice, "invoice", false)]
    [InlineData(EntityType.Bill, "bill", false)]
    [InlineData(EntityType.Payment, "payment", false)]
    public void ToWireName_EveryType_RoundTripsAndClassifies(EntityType entityType, string wire, bool nameList)
    {
        Assert.Equal(wire, entityType.ToWireName());
        Assert.True(EntityTypes.TryParse(wire, out var parsed));
        Assert.Equal(entityType, parsed);
        Assert.Equal(nameList, entityType.IsNameList());
    }

    [Theory]
    [InlineData("Invoice")]
    [InlineData("invoices")]
    [InlineData(null)]
    public void TryParse_NotAWireName_IsFalse(string? wire)
    {
        Assert.False(EntityTypes.TryParse(wire, out _));
    }
}
