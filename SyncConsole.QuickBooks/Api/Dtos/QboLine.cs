namespace SyncConsole.QuickBooks.Api.Dtos;

/// <summary>A transaction line; <see cref="DetailType"/> names which detail object is set.</summary>
internal sealed class QboLine
{
    public string? Id { get; set; }

    public int? LineNum { get; set; }

    public string? Description { get; set; }

    public decimal? Amount { get; set; }

    public string? DetailType { get; set; }

    public QboSalesItemLineDetail? SalesItemLineDetail { get; set; }

    public QboAccountExpenseLineDetail? AccountBasedExpenseLineDetail { get; set; }

    public QboItemExpenseLineDetail? ItemBasedExpenseLineDetail { get; set; }

    public List<QboLinkedTxn>? LinkedTxn { get; set; }
}
