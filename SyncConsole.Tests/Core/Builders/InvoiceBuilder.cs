using SyncConsole.Core.Schema;

namespace SyncConsole.Tests.Core.Builders;

/// <summary>Builds a valid invoice with one line; every value can be changed.</summary>
internal sealed class InvoiceBuilder
{
    private Invoice _invoice = new()
    {
        DocNumber = "INV-1001",
        TxnDate = new DateOnly(2026, 1, 5),
        DueDate = new DateOnly(2026, 2, 4),
        Currency = "USD",
        Memo = "Thank you",
        Lines = [new InvoiceLine { Description = "Consulting", Quantity = 2, UnitPrice = 150.00m, Amount = 300.00m }],
        Total = 300.00m,
        Balance = 300.00m,
    };

    public InvoiceBuilder WithCustomer(string? customerId) => Set(_invoice with { CustomerId = customerId });

    public InvoiceBuilder WithDocNumber(string? docNumber) => Set(_invoice with { DocNumber = docNumber });

    public InvoiceBuilder WithMemo(string? memo) => Set(_invoice with { Memo = memo });

    public InvoiceBuilder WithLines(params InvoiceLine[] lines) =>
        Set(_invoice with { Lines = lines, Total = lines.Sum(l => l.Amount), Balance = lines.Sum(l => l.Amount) });

    public InvoiceBuilder WithItemOnLines(string? itemId) =>
        Set(_invoice with { Lines = _invoice.Lines.Select(l => l with { ItemId = itemId }).ToList() });

    public Invoice Build() => _invoice;

    public FieldMap BuildFields() => _invoice.ToRecord().Fields;

    private InvoiceBuilder Set(Invoice invoice)
    {
        _invoice = invoice;
        return this;
    }
}
