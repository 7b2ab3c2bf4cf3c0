using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;

namespace SyncConsole.QuickBooks.Mapping;

/// <summary>The QuickBooks mappers by entity type (they are pure and stateless, so one instance each serves all).</summary>
internal static class QboMappers
{
    private static readonly Dictionary<EntityType, IEntityMapper> ByType = new IEntityMapper[]
    {
        new QboAccountMapper(), new QboItemMapper(), new QboCustomerMapper(), new QboVendorMapper(),
        new QboInvoiceMapper(), new QboBillMapper(), new QboPaymentMapper(),
    }.ToDictionary(m => m.EntityType);

    public static IEntityMapper For(EntityType entityType) => ByType[entityType];
}
