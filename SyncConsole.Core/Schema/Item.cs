using System.Text.Json.Serialization;

namespace SyncConsole.Core.Schema;

/// <summary>A product or service (name list: inactivated, never deleted).</summary>
public sealed record Item : CanonicalEntity
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override EntityType EntityType => EntityType.Item;

    /// <summary>Item name; unique per company.</summary>
    public string? Name { get; init; }

    /// <summary>Service, non-inventory or inventory.</summary>
    public ItemType? Type { get; init; }

    /// <summary>Sales description.</summary>
    public string? Description { get; init; }

    /// <summary>Default sales price, in the company currency.</summary>
    public decimal? UnitPrice { get; init; }

    /// <summary>Our id of the income account.</summary>
    public string? IncomeAccountId { get; init; }

    /// <summary>Our id of the expense (cost of goods) account.</summary>
    public string? ExpenseAccountId { get; init; }

    /// <summary>False once inactivated.</summary>
    public bool Active { get; init; } = true;
}
