namespace SyncConsole.QuickBooks.Api.Dtos;

/// <summary>A physical address (BillAddr, ShipAddr).</summary>
internal sealed record QboAddress
{
    public string? Id { get; init; }

    public string? Line1 { get; init; }

    public string? Line2 { get; init; }

    public string? Line3 { get; init; }

    public string? City { get; init; }

    public string? CountrySubDivisionCode { get; init; }

    public string? PostalCode { get; init; }

    public string? Country { get; init; }
}
