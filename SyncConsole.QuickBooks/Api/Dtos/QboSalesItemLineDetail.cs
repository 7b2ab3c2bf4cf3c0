namespace SyncConsole.QuickBooks.Api.Dtos;

/// <summary>An invoice line selling an item.</summary>
internal sealed record QboSalesItemLineDetail
{
    public QboRef? ItemRef { get; init; }

    public decimal? Qty { get; init; }

    public decimal? UnitPrice { get; init; }

    public QboRef? TaxCodeRef { get; init; }

    public string? ServiceDate { get; init; }

    public QboRef? ClassRef { get; init; }
}
