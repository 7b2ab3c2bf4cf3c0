using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.Tests.Core.Builders;

namespace SyncConsole.Tests.Core.Orchestration;

public class IdempotencyKeyTests
{
    private static readonly FieldMap Payload = Fields.Of(("display_name", "Acme"));

    [Fact]
    public void For_SameWrite_IsStableAndFitsRequestId()
    {
        var first = IdempotencyKey.For("conn", EntityType.Customer, "r1", "9", ExternalWriteOperation.Update, "3", Payload);

        Assert.Equal(first, IdempotencyKey.For("conn", EntityType.Customer, "r1", "9", ExternalWriteOperation.Update, "3", Payload));
        Assert.Equal(36, first.Length);
        Assert.True(Guid.TryParse(first, out _));
    }

    [Fact]
    public void For_AnyPartDiffers_GivesAnotherKey()
    {
        var keys = new[]
        {
            IdempotencyKey.For("conn", EntityType.Customer, "r1", "9", ExternalWriteOperation.Update, "3", Payload),
            IdempotencyKey.For("conn2", EntityType.Customer, "r1", "9", ExternalWriteOperation.Update, "3", Payload),
            IdempotencyKey.For("conn", EntityType.Vendor, "r1", "9", ExternalWriteOperation.Update, "3", Payload),
            IdempotencyKey.For("conn", EntityType.Customer, "r2", "9", ExternalWriteOperation.Update, "3", Payload),
            IdempotencyKey.For("conn", EntityType.Customer, "r1", "9", ExternalWriteOperation.Delete, "3", null),
            IdempotencyKey.For("conn", EntityType.Customer, "r1", "9", ExternalWriteOperation.Update, "4", Payload),
            IdempotencyKey.For("conn", EntityType.Customer, "r1", "9", ExternalWriteOperation.Update, "3", Payload.Set("x", 1)),
            IdempotencyKey.For("conn", EntityType.Customer, "r1", "10", ExternalWriteOperation.Update, "3", Payload),
        };

        Assert.Equal(keys.Length, keys.Distinct(StringComparer.Ordinal).Count());
    }
}
