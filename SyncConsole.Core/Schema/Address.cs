namespace SyncConsole.Core.Schema;

/// <summary>A postal address (API.md: <c>{line1, line2, city, region, postal_code, country}</c>).</summary>
public sealed record Address
{
    /// <summary>First street line.</summary>
    public string? Line1 { get; init; }

    /// <summary>Second street line.</summary>
    public string? Line2 { get; init; }

    /// <summary>City or locality.</summary>
    public string? City { get; init; }

    /// <summary>State, province or region code.</summary>
    public string? Region { get; init; }

    /// <summary>Postal or ZIP code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>Country (ISO 3166 code or name as entered).</summary>
    public string? Country { get; init; }
}
