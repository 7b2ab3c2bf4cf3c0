namespace SyncConsole.Core.Schema;

/// <summary>A line of an invoice. Amounts are in the invoice currency.</summary>
public sealed record InvoiceLine
{
    /// <summary>Our id of the item sold.</summary>
    public string? ItemId { get; init; }

    /// <summary>Line description.</summary>
    public string? Description { get; init; }

    /// <summary>Quantity.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>Price per unit.</summary>
    public decimal? UnitPrice { get; init; }

    /// <summary>Line amount (quantity × unit price when both are set).</summary>
    public decimal Amount { get; init; }

    /// <summary>
    /// Schema v2: the tracking class of the line (an id shared by both sides, passed through untranslated
    /// because classes are not a synced entity). Null for v1 records.
    /// </summary>
    public string? ClassId { get; init; }
}
