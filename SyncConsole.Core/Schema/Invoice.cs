using System.Text.Json.Serialization;

namespace SyncConsole.Core.Schema;

/// <summary>A sales invoice (transaction: deleted, not inactivated).</summary>
public sealed record Invoice : CanonicalEntity
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override EntityType EntityType => EntityType.Invoice;

    /// <summary>Our id of the customer billed.</summary>
    public string? CustomerId { get; init; }

    /// <summary>Document number as printed.</summary>
    public string? DocNumber { get; init; }

    /// <summary>Transaction date.</summary>
    public DateOnly? TxnDate { get; init; }

    /// <summary>Due date.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>ISO 4217 currency code of every amount on the invoice.</summary>
    public string? Currency { get; init; }

    /// <summary>Memo to the customer.</summary>
    public string? Memo { get; init; }

    /// <summary>The lines, in order.</summary>
    public IReadOnlyList<InvoiceLine> Lines { get; init; } = [];

    /// <summary>Invoice total.</summary>
    public decimal Total { get; init; }

    /// <summary>Amount still open.</summary>
    public decimal Balance { get; init; }
}
