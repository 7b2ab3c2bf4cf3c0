using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.QuickBooks.Api.Dtos;

namespace SyncConsole.QuickBooks.Mapping;

/// <summary>
/// QuickBooks Invoice ↔ canonical invoice. Sales item lines and description-only lines map to canonical lines; the
/// computed SubTotal line is left out. TotalAmt and Balance are read-only in QuickBooks, so they only map inbound.
/// </summary>
internal sealed class QboInvoiceMapper : EntityMapper<QboInvoice>
{
    private const string SalesLine = "SalesItemLineDetail";
    private const string DescriptionLine = "DescriptionOnly";

    public override EntityType EntityType => EntityType.Invoice;

    protected override CanonicalRecord MapInbound(QboInvoice dto, ExternalRecord record) => new Invoice
    {
        Id = dto.Id ?? record.ExternalId,
        CustomerId = dto.CustomerRef?.Value,
        DocNumber = dto.DocNumber,
        TxnDate = QboMapping.Date(dto.TxnDate),
        DueDate = QboMapping.Date(dto.DueDate),
        Currency = dto.CurrencyRef?.Value,
        Memo = dto.CustomerMemo?.Value,
        Lines = [.. (dto.Line ?? []).Where(l => l.DetailType is SalesLine or DescriptionLine).Select(ToCanonical)],
        Total = dto.TotalAmt ?? 0m,
        Balance = dto.Balance ?? 0m,
    }.ToRecord();

    protected override QboInvoice MapOutbound(CanonicalRecord record, QboInvoice? current)
    {
        var invoice = CanonicalEntity.FromRecord<Invoice>(record);
        var currentLines = (current?.Line ?? []).Where(l => l.DetailType is SalesLine or DescriptionLine).ToList();
        var dto = new QboInvoice
        {
            CustomerRef = QboMapping.Ref(invoice.CustomerId),
            DocNumber = QboMapping.Text(invoice.DocNumber, current?.DocNumber),
            TxnDate = QboMapping.Date(invoice.TxnDate),
            DueDate = QboMapping.Date(invoice.DueDate),
            CustomerMemo = invoice.Memo is null && current?.CustomerMemo is null ? null : new QboMemo(invoice.Memo ?? string.Empty),
            CurrencyRef = current is null ? QboMapping.Currency(invoice.Currency) : null,
            // Lines keep the QuickBooks line id of the line at the same position, so they update rather than re-create.
            Line = [.. invoice.Lines.Select((line, i) => ToQbo(line, i < currentLines.Count ? currentLines[i] : null))],
        };
        QboMapping.Identify(dto, current);
        return dto;
    }

    private static InvoiceLine ToCanonical(QboLine line) => new()
    {
        ItemId = line.SalesItemLineDetail?.ItemRef?.Value,
        Description = line.Description,
        Quantity = line.SalesItemLineDetail?.Qty,
        UnitPrice = line.SalesItemLineDetail?.UnitPrice,
        Amount = line.Amount ?? 0m,
        ClassId = line.SalesItemLineDetail?.ClassRef?.Value,
    };

    private static QboLine ToQbo(InvoiceLine line, QboLine? current)
    {
        if (line.ItemId is null && line.Quantity is null && line.UnitPrice is null && line.Amount == 0m)
        {
            return new QboLine { Id = current?.Id, DetailType = DescriptionLine, Description = line.Description, Amount = 0m };
        }

        return new QboLine
        {
            Id = current?.Id,
            DetailType = SalesLine,
            Description = line.Description,
            Amount = line.Amount,
            SalesItemLineDetail = (current?.SalesItemLineDetail ?? new QboSalesItemLineDetail()) with
            {
                ItemRef = QboMapping.Ref(line.ItemId),
                Qty = line.Quantity,
                UnitPrice = line.UnitPrice,
                ClassRef = QboMapping.Ref(line.ClassId),
            },
        };
    }
}
