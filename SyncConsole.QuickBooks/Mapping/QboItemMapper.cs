using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.QuickBooks.Api.Dtos;

namespace SyncConsole.QuickBooks.Mapping;

/// <summary>QuickBooks Item ↔ canonical item (Category and Group items have no canonical type).</summary>
internal sealed class QboItemMapper : EntityMapper<QboItem>
{
    public override EntityType EntityType => EntityType.Item;

    protected override CanonicalRecord MapInbound(QboItem dto, ExternalRecord record) => new Item
    {
        Id = dto.Id ?? record.ExternalId,
        Name = dto.Name,
        Type = dto.Type switch
        {
            "Service" => ItemType.Service,
            "NonInventory" => ItemType.NonInventory,
            "Inventory" => ItemType.Inventory,
            _ => null,
        },
        Description = dto.Description,
        UnitPrice = dto.UnitPrice,
        IncomeAccountId = dto.IncomeAccountRef?.Value,
        ExpenseAccountId = dto.ExpenseAccountRef?.Value,
        Active = dto.Active ?? true,
    }.ToRecord();

    protected override QboItem MapOutbound(CanonicalRecord record, QboItem? current)
    {
        var item = CanonicalEntity.FromRecord<Item>(record);
        var dto = new QboItem
        {
            Name = item.Name,
            Type = item.Type switch
            {
                ItemType.Service => "Service",
                ItemType.NonInventory => "NonInventory",
                ItemType.Inventory => "Inventory",
                null => current?.Type,
            },
            Description = QboMapping.Text(item.Description, current?.Description),
            UnitPrice = item.UnitPrice,
            IncomeAccountRef = QboMapping.Ref(item.IncomeAccountId),
            ExpenseAccountRef = QboMapping.Ref(item.ExpenseAccountId),
            Active = item.Active,
        };
        QboMapping.Identify(dto, current);
        return dto;
    }
}
