using SyncConsole.Core.Schema;

namespace SyncConsole.QuickBooks.Api.Dtos;

/// <summary>Which DTO type and QuickBooks entity name stand for each canonical entity type.</summary>
internal static class QboEntityTypes
{
    public static Type DtoType(EntityType entityType) => entityType switch
    {
        EntityType.Account => typeof(QboAccount),
        EntityType.Item => typeof(QboItem),
        EntityType.Customer => typeof(QboCustomer),
        EntityType.Vendor => typeof(QboVendor),
        EntityType.Invoice => typeof(QboInvoice),
        EntityType.Bill => typeof(QboBill),
        EntityType.Payment => typeof(QboPayment),
    };

    public static string Name(EntityType entityType) => entityType switch
    {
        EntityType.Account => QboAccount.EntityName,
        EntityType.Item => QboItem.EntityName,
        EntityType.Customer => QboCustomer.EntityName,
        EntityType.Vendor => QboVendor.EntityName,
        EntityType.Invoice => QboInvoice.EntityName,
        EntityType.Bill => QboBill.EntityName,
        EntityType.Payment => QboPayment.EntityName,
    };
}
