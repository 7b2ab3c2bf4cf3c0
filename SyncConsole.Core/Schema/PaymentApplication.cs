namespace SyncConsole.Core.Schema;

/// <summary>The part of a payment applied to one invoice.</summary>
public sealed record PaymentApplication
{
    /// <summary>Our id of the invoice paid.</summary>
    public string? InvoiceId { get; init; }

    /// <summary>Amount applied, in the payment currency.</summary>
    public decimal Amount { get; init; }
}
