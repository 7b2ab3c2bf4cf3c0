using System.Globalization;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.QuickBooks.Api.Dtos;

namespace SyncConsole.QuickBooks.Mapping;

/// <summary>Conversions the entity mappers share: addresses, dates, references, currency, clearing fields.</summary>
internal static class QboMapping
{
    public static Address? ToCanonical(QboAddress? address) => address is null
        || (address.Line1 ?? address.Line2 ?? address.City ?? address.CountrySubDivisionCode ?? address.PostalCode ?? address.Country) is null
        ? null
        : new Address
        {
            Line1 = address.Line1,
            Line2 = address.Line2,
            City = address.City,
            Region = address.CountrySubDivisionCode,
            PostalCode = address.PostalCode,
            Country = address.Country,
        };

    /// <summary>Canonical → QuickBooks, keeping the address's QuickBooks id and the lines the canonical form lacks.</summary>
    public static QboAddress? ToQbo(Address? address, QboAddress? current) => address is null
        ? (current is null ? null : new QboAddress { Id = current.Id, Line1 = string.Empty, City = string.Empty, PostalCode = string.Empty })
        : (current ?? new QboAddress()) with
        {
            Line1 = address.Line1,
            Line2 = address.Line2,
            City = address.City,
            CountrySubDivisionCode = address.Region,
            PostalCode = address.PostalCode,
            Country = address.Country,
        };

    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static QboRef? Ref(string? id) => string.IsNullOrEmpty(id) ? null : new QboRef(id);

    public static QboRef? Currency(string? code) => string.IsNullOrEmpty(code) ? null : new QboRef(code);

    /// <summary>
    /// The value to send in a sparse update: the canonical value, or an empty string to clear what QuickBooks holds
    /// (a null would be left out and change nothing).
    /// </summary>
    public static string? Text(string? value, string? current) => value ?? (current is null ? null : string.Empty);

    /// <summary>The <see cref="ExternalRecord"/> envelope of a QuickBooks object.</summary>
    public static ExternalRecord ToExternal(QboEntity entity) => new(
        entity.Id ?? string.Empty,
        entity.SyncToken ?? string.Empty,
        entity.MetaData?.LastUpdatedTime,
        entity.Status == "Deleted",
        entity.Status == "Deleted" ? null : entity);

    /// <summary>Id and SyncToken of the object being updated, so the write addresses the right version.</summary>
    public static void Identify(QboEntity target, QboEntity? current)
    {
        target.Id = current?.Id;
        target.SyncToken = current?.SyncToken;
    }
}
