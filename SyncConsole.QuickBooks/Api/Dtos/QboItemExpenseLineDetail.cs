namespace SyncConsole.QuickBooks.Api.Dtos;

/// <summary>A bill line buying an item (<c>ItemBasedExpenseLineDetail</c>).</summary>
internal sealed record QboItemExpenseLineDetail
{
    public QboRef? ItemRef { get; init; }

    public decimal? Qty { get; init; }

    public decimal? UnitPrice { get; init; }

    public string? BillableStatus { get; init; }

    public QboRef? CustomerRef { get; init; }

    public QboRef? TaxCodeRef { get; init; }
}
