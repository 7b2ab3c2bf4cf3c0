using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.QuickBooks.Api.Dtos;

namespace SyncConsole.QuickBooks.Mapping;

/// <summary>
/// QuickBooks Bill ↔ canonical bill: AccountBasedExpenseLineDetail lines carry <c>account_id</c>,
/// ItemBasedExpenseLineDetail lines carry <c>item_id</c>, quantity and unit price. PrivateNote is the memo.
/// </summary>
internal sealed class QboBillMapper : EntityMapper<QboBill>
{
    private const string AccountLine = "AccountBasedExpenseLineDetail";
    private const string ItemLine = "ItemBasedExpenseLineDetail";

    public override EntityType EntityType => EntityType.Bill;

    protected override CanonicalRecord MapInbound(QboBill dto, ExternalRecord record) => new Bill
    {
        Id = dto.Id ?? record.ExternalId,
        VendorId = dto.VendorRef?.Value,
        DocNumber = dto.DocNumber,
        TxnDate = QboMapping.Date(dto.TxnDate),
        DueDate = QboMapping.Date(dto.DueDate),
        Currency = dto.CurrencyRef?.Value,
        Memo = dto.PrivateNote,
        Lines = [.. (dto.Line ?? []).Where(l => l.DetailType is AccountLine or ItemLine).Select(ToCanonical)],
        Total = dto.TotalAmt ?? 0m,
        Balance = dto.Balance ?? 0m,
    }.ToRecord();

    protected override QboBill MapOutbound(CanonicalRecord record, QboBill? current)
    {
        var bill = CanonicalEntity.FromRecord<Bill>(record);
        var currentLines = (current?.Line ?? []).Where(l => l.DetailType is AccountLine or ItemLine).ToList();
        var dto = new QboBill
        {
            VendorRef = QboMapping.Ref(bill.VendorId),
            DocNumber = QboMapping.Text(bill.DocNumber, current?.DocNumber),
            TxnDate = QboMapping.Date(bill.TxnDate),
            DueDate = QboMapping.Date(bill.DueDate),
            PrivateNote = QboMapping.Text(bill.Memo, current?.PrivateNote),
            CurrencyRef = current is null ? QboMapping.Currency(bill.Currency) : null,
            Line = [.. bill.Lines.Select((line, i) => ToQbo(line, i < currentLines.Count ? currentLines[i] : null))],
        };
        QboMapping.Identify(dto, current);
        return dto;
    }

    private static BillLine ToCanonical(QboLine line) => line.DetailType == ItemLine
        ? new BillLine
        {
            ItemId = line.ItemBasedExpenseLineDetail?.ItemRef?.Value,
            Description = line.Description,
            Quantity = line.ItemBasedExpenseLineDetail?.Qty,
            UnitPrice = line.ItemBasedExpenseLineDetail?.UnitPrice,
            Amount = line.Amount ?? 0m,
        }
        : new BillLine
        {
            AccountId = line.AccountBasedExpenseLineDetail?.AccountRef?.Value,
            Description = line.Description,
            Amount = line.Amount ?? 0m,
        };

    private static QboLine ToQbo(BillLine line, QboLine? current) => line.ItemId is not null
        ? new QboLine
        {
            Id = current?.DetailType == ItemLine ? current.Id : null,
            DetailType = ItemLine,
            Description = line.Description,
            Amount = line.Amount,
            ItemBasedExpenseLineDetail = (current?.ItemBasedExpenseLineDetail ?? new QboItemExpenseLineDetail()) with
            {
                ItemRef = QboMapping.Ref(line.ItemId),
                Qty = line.Quantity,
                UnitPrice = line.UnitPrice,
            },
        }
        : new QboLine
        {
            Id = current?.DetailType == AccountLine ? current.Id : null,
            DetailType = AccountLine,
            Description = line.Description,
            Amount = line.Amount,
            AccountBasedExpenseLineDetail = (current?.AccountBasedExpenseLineDetail ?? new QboAccountExpenseLineDetail()) with
            {
                AccountRef = QboMapping.Ref(line.AccountId),
            },
        };
}
