namespace SyncConsole.QuickBooks.Api.Dtos;

/// <summary>A bill line booked to an expense account (<c>AccountBasedExpenseLineDetail</c>).</summary>
internal sealed record QboAccountExpenseLineDetail
{
    public QboRef? AccountRef { get; init; }

    public string? BillableStatus { get; init; }

    public QboRef? CustomerRef { get; init; }

    public QboRef? TaxCodeRef { get; init; }
}
