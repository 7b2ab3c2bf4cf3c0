namespace SyncConsole.Core.Schema;

/// <summary>A line of a bill: an expense against an account, or an item purchased. Amounts are in the bill currency.</summary>
public sealed record BillLine
{
    /// <summary>Our id of the expense account (account-based line), or null.</summary>
    public string? AccountId { get; init; }

    /// <summary>Our id of the item purchased (item-based line), or null.</summary>
    public string? ItemId { get; init; }

    /// <summary>Line description.</summary>
    public string? Description { get; init; }

    /// <summary>Quantity (item-based lines).</summary>
    public decimal? Quantity { get; init; }

    /// <summary>Price per unit (item-based lines).</summary>
    public decimal? UnitPrice { get; init; }

    /// <summary>Line amount.</summary>
    public decimal Amount { get; init; }
}
