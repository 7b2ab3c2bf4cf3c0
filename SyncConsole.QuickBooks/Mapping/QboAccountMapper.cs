using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.QuickBooks.Api.Dtos;

namespace SyncConsole.QuickBooks.Mapping;

/// <summary>QuickBooks Account ↔ canonical account.</summary>
internal sealed class QboAccountMapper : EntityMapper<QboAccount>
{
    public override EntityType EntityType => EntityType.Account;

    protected override CanonicalRecord MapInbound(QboAccount dto, ExternalRecord record) => new Account
    {
        Id = dto.Id ?? record.ExternalId,
        Name = dto.Name,
        AccountType = dto.AccountType,
        AccountSubType = dto.AccountSubType,
        Currency = dto.CurrencyRef?.Value,
        Active = dto.Active ?? true,
    }.ToRecord();

    protected override QboAccount MapOutbound(CanonicalRecord record, QboAccount? current)
    {
        var account = CanonicalEntity.FromRecord<Account>(record);
        var dto = new QboAccount
        {
            Name = account.Name,
            AccountType = account.AccountType,
            AccountSubType = account.AccountSubType,
            Active = account.Active,
            CurrencyRef = current is null ? QboMapping.Currency(account.Currency) : null,
        };
        QboMapping.Identify(dto, current);
        return dto;
    }
}
