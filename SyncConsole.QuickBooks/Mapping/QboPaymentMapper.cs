using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.QuickBooks.Api.Dtos;

namespace SyncConsole.QuickBooks.Mapping;

/// <summary>QuickBooks Payment ↔ canonical payment: lines linked to invoices become <c>applied_to</c>.</summary>
internal sealed class QboPaymentMapper : EntityMapper<QboPayment>
{
    private const string InvoiceTxn = "Invoice";

    public override EntityType EntityType => EntityType.Payment;

    protected override CanonicalRecord MapInbound(QboPayment dto, ExternalRecord record) => new Payment
    {
        Id = dto.Id ?? record.ExternalId,
        CustomerId = dto.CustomerRef?.Value,
        TxnDate = QboMapping.Date(dto.TxnDate),
        Currency = dto.CurrencyRef?.Value,
        TotalAmount = dto.TotalAmt ?? 0m,
        AppliedTo = [.. (dto.Line ?? [])
            .SelectMany(l => (l.LinkedTxn ?? []).Where(t => t.TxnType == InvoiceTxn).Select(t => new PaymentApplication { InvoiceId = t.TxnId, Amount = l.Amount ?? 0m }))],
    }.ToRecord();

    protected override QboPayment MapOutbound(CanonicalRecord record, QboPayment? current)
    {
        var payment = CanonicalEntity.FromRecord<Payment>(record);
        var dto = new QboPayment
        {
            CustomerRef = QboMapping.Ref(payment.CustomerId),
            TxnDate = QboMapping.Date(payment.TxnDate),
            TotalAmt = payment.TotalAmount,
            CurrencyRef = current is null ? QboMapping.Currency(payment.Currency) : null,
            Line = [.. payment.AppliedTo.Select(a => new QboLine
            {
                Amount = a.Amount,
                LinkedTxn = [new QboLinkedTxn(a.InvoiceId ?? string.Empty, InvoiceTxn)],
            })],
        };
        QboMapping.Identify(dto, current);
        return dto;
    }
}
