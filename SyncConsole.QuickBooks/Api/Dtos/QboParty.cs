namespace SyncConsole.QuickBooks.Api.Dtos;

/// <summary>Contact fields Customer and Vendor share.</summary>
internal abstract class QboParty : QboEntity
{
    public string? DisplayName { get; set; }

    public string? CompanyName { get; set; }

    public string? Title { get; set; }

    public string? GivenName { get; set; }

    public string? MiddleName { get; set; }

    public string? FamilyName { get; set; }

    public string? Suffix { get; set; }

    public QboEmail? PrimaryEmailAddr { get; set; }

    public QboPhone? PrimaryPhone { get; set; }

    public QboPhone? Mobile { get; set; }

    public QboAddress? BillAddr { get; set; }

    public QboRef? CurrencyRef { get; set; }

    public bool? Active { get; set; }

    public decimal? Balance { get; set; }
}
