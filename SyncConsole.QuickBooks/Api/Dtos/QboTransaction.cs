namespace SyncConsole.QuickBooks.Api.Dtos;

/// <summary>Fields the transactions share.</summary>
internal abstract class QboTransaction : QboEntity
{
    public string? TxnDate { get; set; }

    public QboRef? CurrencyRef { get; set; }

    public string? PrivateNote { get; set; }

    public decimal? TotalAmt { get; set; }

    public List<QboLine>? Line { get; set; }
}
