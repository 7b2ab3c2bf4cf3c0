namespace SyncConsole.QuickBooks.Api.Dtos;

/// <summary>An invoice. <see cref="QboTransaction.TotalAmt"/> and <see cref="Balance"/> are computed by QuickBooks.</summary>
internal sealed class QboInvoice : QboTransaction, IQboEntity
{
    public static string EntityName => "Invoice";

    public static bool IsNameList => false;

    public QboRef? CustomerRef { get; set; }

    public string? DocNumber { get; set; }

    public string? DueDate { get; set; }

    public QboMemo? CustomerMemo { get; set; }

    public QboAddress? BillAddr { get; set; }

    public QboAddress? ShipAddr { get; set; }

    public decimal? Balance { get; set; }

    public List<QboLinkedTxn>? LinkedTxn { get; set; }
}
