using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.QuickBooks.Api.Dtos;

namespace SyncConsole.QuickBooks.Mapping;

/// <summary>QuickBooks Vendor ↔ canonical vendor.</summary>
internal sealed class QboVendorMapper : EntityMapper<QboVendor>
{
    public override EntityType EntityType => EntityType.Vendor;

    protected override CanonicalRecord MapInbound(QboVendor dto, ExternalRecord record) => new Vendor
    {
        Id = dto.Id ?? record.ExternalId,
        DisplayName = dto.DisplayName,
        CompanyName = dto.CompanyName,
        Email = dto.PrimaryEmailAddr?.Address,
        Phone = dto.PrimaryPhone?.FreeFormNumber,
        BillingAddress = QboMapping.ToCanonical(dto.BillAddr),
        Currency = dto.CurrencyRef?.Value,
        Active = dto.Active ?? true,
    }.ToRecord();

    protected override QboVendor MapOutbound(CanonicalRecord record, QboVendor? current)
    {
        var vendor = CanonicalEntity.FromRecord<Vendor>(record);
        var dto = new QboVendor
        {
            DisplayName = vendor.DisplayName,
            CompanyName = QboMapping.Text(vendor.CompanyName, current?.CompanyName),
            PrimaryEmailAddr = vendor.Email is null && current?.PrimaryEmailAddr is null ? null : new QboEmail(vendor.Email ?? string.Empty),
            PrimaryPhone = vendor.Phone is null && current?.PrimaryPhone is null ? null : new QboPhone(vendor.Phone ?? string.Empty),
            BillAddr = QboMapping.ToQbo(vendor.BillingAddress, current?.BillAddr),
            Active = vendor.Active,
            // The currency of a vendor is fixed once created.
            CurrencyRef = current is null ? QboMapping.Currency(vendor.Currency) : null,
        };
        QboMapping.Identify(dto, current);
        return dto;
    }
}
