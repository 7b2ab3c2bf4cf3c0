using Microsoft.Extensions.Options;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;

namespace SyncConsole.QuickBooks.Sync;

/// <summary>
/// QuickBooks' sync knowledge: dependency order (accounts → items → customers, vendors → invoices, bills → payments),
/// name lists are inactivated and transactions hard-deleted, and writes batch up to the configured batch size.
/// </summary>
public sealed class QuickBooksSyncStrategy(IOptions<QuickBooksOptions> options) : ISyncProviderStrategy
{
    /// <inheritdoc/>
    public IReadOnlyList<EntityType> EntityOrder { get; } =
        [EntityType.Account, EntityType.Item, EntityType.Customer, EntityType.Vendor, EntityType.Invoice, EntityType.Bill, EntityType.Payment];

    /// <inheritdoc/>
    public EntityCapabilities CapabilitiesOf(EntityType entityType)
    {
        var batch = options.Value.MaxBatchItems;
        return entityType switch
        {
            EntityType.Account or EntityType.Item or EntityType.Customer or EntityType.Vendor => new EntityCapabilities(true, true, DeleteMode.Inactivate, batch),
            // Payments are deleted rather than voided: API.md propagates a deleted record as a delete, and a voided
            // payment would leave a zero-amount transaction behind that our side has no record of.
            EntityType.Invoice or EntityType.Bill or EntityType.Payment => new EntityCapabilities(true, true, DeleteMode.Delete, batch),
        };
    }
}
