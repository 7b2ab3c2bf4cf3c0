namespace SyncConsole.QuickBooks.Api.Dtos;

/// <summary>A bill from a vendor.</summary>
internal sealed class QboBill : QboTransaction, IQboEntity
{
    public static string EntityName => "Bill";

    public static bool IsNameList => false;

    public QboRef? VendorRef { get; set; }

    public string? DocNumber { get; set; }

    public string? DueDate { get; set; }

    public QboRef? APAccountRef { get; set; }

    public decimal? Balance { get; set; }
}
