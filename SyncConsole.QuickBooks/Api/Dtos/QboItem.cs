namespace SyncConsole.QuickBooks.Api.Dtos;

/// <summary>A product or service.</summary>
internal sealed class QboItem : QboEntity, IQboEntity
{
    public static string EntityName => "Item";

    public static bool IsNameList => true;

    public string? Name { get; set; }

    public string? Type { get; set; }

    public string? Sku { get; set; }

    public string? Description { get; set; }

    public string? PurchaseDesc { get; set; }

    public decimal? UnitPrice { get; set; }

    public decimal? PurchaseCost { get; set; }

    public bool? Taxable { get; set; }

    public bool? TrackQtyOnHand { get; set; }

    public decimal? QtyOnHand { get; set; }

    public string? InvStartDate { get; set; }

    public QboRef? IncomeAccountRef { get; set; }

    public QboRef? ExpenseAccountRef { get; set; }

    public QboRef? AssetAccountRef { get; set; }

    public string? FullyQualifiedName { get; set; }

    public bool? Active { get; set; }
}
