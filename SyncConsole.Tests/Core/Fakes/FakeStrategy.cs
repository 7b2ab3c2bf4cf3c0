using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;

namespace SyncConsole.Tests.Core.Fakes;

/// <summary>QuickBooks-like order and capabilities: name lists inactivate, transactions delete.</summary>
internal sealed class FakeStrategy : ISyncProviderStrategy
{
    public IReadOnlyList<EntityType> EntityOrder { get; init; } =
    [
        EntityType.Account, EntityType.Item, EntityType.Customer, EntityType.Vendor,
        EntityType.Invoice, EntityType.Bill, EntityType.Payment,
    ];

    public EntityCapabilities CapabilitiesOf(EntityType entityType) =>
        new(true, true, entityType.IsNameList() ? DeleteMode.Inactivate : DeleteMode.Delete, 30);
}
