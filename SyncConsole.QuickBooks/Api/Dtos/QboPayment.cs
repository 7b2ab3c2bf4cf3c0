namespace SyncConsole.QuickBooks.Api.Dtos;

/// <summary>A customer payment; its lines link the invoices it pays.</summary>
internal sealed class QboPayment : QboTransaction, IQboEntity
{
    public static string EntityName => "Payment";

    public static bool IsNameList => false;

    public QboRef? CustomerRef { get; set; }

    public QboRef? DepositToAccountRef { get; set; }

    public string? PaymentRefNum { get; set; }

    public decimal? UnappliedAmt { get; set; }
}
