using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.QuickBooks.Api.Dtos;

namespace SyncConsole.QuickBooks.Mapping;

/// <summary>QuickBooks Customer ↔ canonical customer.</summary>
internal sealed class QboCustomerMapper : EntityMapper<QboCustomer>
{
    public override EntityType EntityType => EntityType.Customer;

    protected override CanonicalRecord MapInbound(QboCustomer dto, ExternalRecord record) => new Customer
    {
        Id = dto.Id ?? record.ExternalId,
        DisplayName = dto.DisplayName,
        CompanyName = dto.CompanyName,
        GivenName = dto.GivenName,
        FamilyName = dto.FamilyName,
        Email = dto.PrimaryEmailAddr?.Address,
        Phone = dto.PrimaryPhone?.FreeFormNumber,
        BillingAddress = QboMapping.ToCanonical(dto.BillAddr),
        Currency = dto.CurrencyRef?.Value,
        Notes = dto.Notes,
        Active = dto.Active ?? true,
    }.ToRecord();

    protected override QboCustomer MapOutbound(CanonicalRecord record, QboCustomer? current)
    {
        var customer = CanonicalEntity.FromRecord<Customer>(record);
        var dto = new QboCustomer
        {
            DisplayName = customer.DisplayName,
            CompanyName = QboMapping.Text(customer.CompanyName, current?.CompanyName),
            GivenName = QboMapping.Text(customer.GivenName, current?.GivenName),
            FamilyName = QboMapping.Text(customer.FamilyName, current?.FamilyName),
            PrimaryEmailAddr = customer.Email is null && current?.PrimaryEmailAddr is null ? null : new QboEmail(customer.Email ?? string.Empty),
            PrimaryPhone = customer.Phone is null && current?.PrimaryPhone is null ? null : new QboPhone(customer.Phone ?? string.Empty),
            BillAddr = QboMapping.ToQbo(customer.BillingAddress, current?.BillAddr),
            Notes = QboMapping.Text(customer.Notes, current?.Notes),
            Active = customer.Active,
            // The currency of a customer is fixed once created.
            CurrencyRef = current is null ? QboMapping.Currency(customer.Currency) : null,
        };
        QboMapping.Identify(dto, current);
        return dto;
    }
}
