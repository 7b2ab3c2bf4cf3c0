using System.Text.Json.Serialization;

namespace SyncConsole.Core.Schema;

/// <summary>A customer payment (transaction: deleted, not inactivated).</summary>
public sealed record Payment : CanonicalEntity
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override EntityType EntityType => EntityType.Payment;

    /// <summary>Our id of the paying customer.</summary>
    public string? CustomerId { get; init; }

    /// <summary>Transaction date.</summary>
    public DateOnly? TxnDate { get; init; }

    /// <summary>ISO 4217 currency code.</summary>
    public string? Currency { get; init; }

    /// <summary>Total amount received.</summary>
    public decimal TotalAmount { get; init; }

    /// <summary>How the payment is applied to invoices.</summary>
    public IReadOnlyList<PaymentApplication> AppliedTo { get; init; } = [];
}
