using System.Text.Json.Serialization;

namespace SyncConsole.Core.Schema;

/// <summary>A vendor bill (transaction: deleted, not inactivated).</summary>
public sealed record Bill : CanonicalEntity
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override EntityType EntityType => EntityType.Bill;

    /// <summary>Our id of the vendor.</summary>
    public string? VendorId { get; init; }

    /// <summary>Document (reference) number.</summary>
    public string? DocNumber { get; init; }

    /// <summary>Transaction date.</summary>
    public DateOnly? TxnDate { get; init; }

    /// <summary>Due date.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>ISO 4217 currency code of every amount on the bill.</summary>
    public string? Currency { get; init; }

    /// <summary>Memo.</summary>
    public string? Memo { get; init; }

    /// <summary>The lines, in order.</summary>
    public IReadOnlyList<BillLine> Lines { get; init; } = [];

    /// <summary>Bill total.</summary>
    public decimal Total { get; init; }

    /// <summary>Amount still open.</summary>
    public decimal Balance { get; init; }
}
