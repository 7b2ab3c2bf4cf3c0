using System.Text.Json;
using System.Text.Json.Nodes;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.QuickBooks.Api.Dtos;
using SyncConsole.QuickBooks.Mapping;

namespace SyncConsole.Tests.QuickBooks.Mapping;

public sealed class QboMapperTests
{
    // Computed by QuickBooks (totals) or fixed after create (currency): never sent on update.
    private static readonly string[] ReadOnlyFields = ["total", "balance", "currency"];

    [Fact]
    public void Customer_Inbound_MapsEveryCanonicalField()
    {
        var customer = CanonicalEntity.FromRecord<Customer>(Inbound<QboCustomer>(EntityType.Customer, QboPayloads.Customer));

        Assert.Equal("1", customer.Id);
        Assert.Equal(("Amy's Bird Sanctuary", "Amy's Bird Sanctuary", "Amy", "Lauterbach"), (customer.DisplayName, customer.CompanyName, customer.GivenName, customer.FamilyName));
        Assert.Equal(("Birds@Intuit.com", "(650) 555-3311", "USD", "Here are other details."), (customer.Email, customer.Phone, customer.Currency, customer.Notes));
        Assert.Equal(new Address { Line1 = "4581 Finch St.", City = "Bayshore", Region = "CA", PostalCode = "94326", Country = "USA" }, customer.BillingAddress);
        Assert.True(customer.Active);
    }

    [Fact]
    public void Invoice_Inbound_SkipsTheSubTotalLineAndKeepsReferencesAsQuickBooksIds()
    {
        var invoice = CanonicalEntity.FromRecord<Invoice>(Inbound<QboInvoice>(EntityType.Invoice, QboPayloads.Invoice));

        Assert.Equal(("1", "1070", new DateOnly(2015, 7, 24), new DateOnly(2015, 8, 23)), (invoice.CustomerId, invoice.DocNumber, invoice.TxnDate, invoice.DueDate));
        Assert.Equal((362.07m, 262.07m), (invoice.Total, invoice.Balance));
        Assert.Equal(3, invoice.Lines.Count);
        Assert.Equal(new InvoiceLine { ItemId = "1", Description = "Weekly gardening", Quantity = 5, UnitPrice = 55, Amount = 275m, ClassId = "200" }, invoice.Lines[0]);
        Assert.Equal(new InvoiceLine { Description = "Thanks for your business", Amount = 0m }, invoice.Lines[1]);
        Assert.Equal("Thank you for your business and have a great day!", invoice.Memo);
    }

    [Fact]
    public void Bill_Inbound_MapsAccountAndItemLines()
    {
        var bill = CanonicalEntity.FromRecord<Bill>(Inbound<QboBill>(EntityType.Bill, QboPayloads.Bill));

        Assert.Equal(new BillLine { AccountId = "64", Description = "Lumber", Amount = 103.55m }, bill.Lines[0]);
        Assert.Equal(new BillLine { ItemId = "11", Description = "Pumps", Quantity = 4, UnitPrice = 10, Amount = 40m }, bill.Lines[1]);
        Assert.Equal(("46", "Lumber for deck", 103.55m, 0m), (bill.VendorId, bill.Memo, bill.Total, bill.Balance));
    }

    [Fact]
    public void Payment_Inbound_MapsLinkedInvoicesToAppliedTo()
    {
        var payment = CanonicalEntity.FromRecord<Payment>(Inbound<QboPayment>(EntityType.Payment, QboPayloads.Payment));

        Assert.Equal(("20", 65m, new DateOnly(2015, 1, 16)), (payment.CustomerId, payment.TotalAmount, payment.TxnDate));
        Assert.Equal(new PaymentApplication { InvoiceId = "70", Amount = 55m }, Assert.Single(payment.AppliedTo));
    }

    [Fact]
    public void Item_Inbound_MapsTypeAndAccounts()
    {
        var item = CanonicalEntity.FromRecord<Item>(Inbound<QboItem>(EntityType.Item, QboPayloads.Item));

        Assert.Equal((ItemType.Inventory, "79", "80", "Seeds and soil"), (item.Type, item.IncomeAccountId, item.ExpenseAccountId, item.Description));
    }

    [Theory]
    [InlineData(EntityType.Customer)]
    [InlineData(EntityType.Vendor)]
    [InlineData(EntityType.Account)]
    [InlineData(EntityType.Item)]
    [InlineData(EntityType.Invoice)]
    [InlineData(EntityType.Bill)]
    [InlineData(EntityType.Payment)]
    public void RoundTrip_InboundOutboundInbound_LosesNoCanonicalField(EntityType entityType)
    {
        var (payload, type) = Sample(entityType);
        var mapper = QboMappers.For(entityType);
        var current = External(JsonSerializer.Deserialize(payload, type, QboJson.Options)!);
        var canonical = mapper.ToCanonical(current);

        var outbound = (QboEntity)mapper.ToExternal(canonical, current);
        var back = mapper.ToCanonical(External(ApplySparse(payload, outbound, type)));

        Assert.Equal(current.ExternalId, outbound.Id);
        Assert.Equal(current.VersionToken, outbound.SyncToken);
        Assert.Equal(Writable(canonical.Fields), Writable(back.Fields));
        Assert.NotEmpty(canonical.Fields.Names);
    }

    [Theory]
    [InlineData(EntityType.Customer)]
    [InlineData(EntityType.Vendor)]
    [InlineData(EntityType.Account)]
    [InlineData(EntityType.Item)]
    [InlineData(EntityType.Invoice)]
    [InlineData(EntityType.Bill)]
    [InlineData(EntityType.Payment)]
    public void RoundTrip_EveryWritableFieldChanged_ComesBackChanged(EntityType entityType)
    {
        var (payload, type) = Sample(entityType);
        var mapper = QboMappers.For(entityType);
        var current = External(JsonSerializer.Deserialize(payload, type, QboJson.Options)!);
        var changed = CanonicalRecordChanger.ChangeEveryField(mapper.ToCanonical(current));

        var outbound = (QboEntity)mapper.ToExternal(changed, current);
        var back = mapper.ToCanonical(External(ApplySparse(payload, outbound, type)));

        // A field the outbound mapper dropped would keep QuickBooks' old value and differ here.
        Assert.Equal(Writable(changed.Fields), Writable(back.Fields));
    }

    [Fact]
    public void Outbound_CreateOfAChangedCanonicalCustomer_CarriesTheChangesAndNoId()
    {
        var mapper = QboMappers.For(EntityType.Customer);
        var record = new Customer { DisplayName = "New Co", Email = "hi@new.example", Currency = "EUR", Active = true }.ToRecord();

        var dto = (QboCustomer)mapper.ToExternal(record, null);

        Assert.Null(dto.Id);
        Assert.Equal(("New Co", "hi@new.example", "EUR"), (dto.DisplayName, dto.PrimaryEmailAddr!.Address, dto.CurrencyRef!.Value));
        Assert.Null(dto.CompanyName);
    }

    [Fact]
    public void Outbound_UpdateThatClearsAField_SendsAnEmptyValueSoTheSparseUpdateClearsIt()
    {
        var mapper = QboMappers.For(EntityType.Customer);
        var current = External(JsonSerializer.Deserialize<QboCustomer>(QboPayloads.Customer, QboJson.Options)!);
        var cleared = CanonicalEntity.FromRecord<Customer>(mapper.ToCanonical(current)) with { Notes = null, CompanyName = "Renamed" };

        var dto = (QboCustomer)mapper.ToExternal(cleared.ToRecord(), current);

        Assert.Equal(string.Empty, dto.Notes);
        Assert.Equal("Renamed", dto.CompanyName);
        Assert.Equal("2", dto.BillAddr!.Id);
    }

    private static CanonicalRecord Inbound<T>(EntityType entityType, string payload)
        where T : QboEntity => QboMappers.For(entityType).ToCanonical(External(JsonSerializer.Deserialize<T>(payload, QboJson.Options)!));

    private static ExternalRecord External(object dto)
    {
        var entity = (QboEntity)dto;
        return new ExternalRecord(entity.Id ?? string.Empty, entity.SyncToken ?? string.Empty, entity.MetaData?.LastUpdatedTime, false, entity);
    }

    /// <summary>What QuickBooks stores after a sparse update: the sent top-level elements replace the current ones.</summary>
    private static object ApplySparse(string current, QboEntity sent, Type type)
    {
        var stored = JsonNode.Parse(current)!.AsObject();
        foreach (var (name, value) in JsonSerializer.SerializeToNode(sent, type, QboJson.Options)!.AsObject())
        {
            stored[name] = value?.DeepClone();
        }

        return stored.Deserialize(type, QboJson.Options)!;
    }

    private static FieldMap Writable(FieldMap fields) => FieldMap.From(fields.Entries.Where(e => !ReadOnlyFields.Contains(e.Key)));

    private static (string Payload, Type Type) Sample(EntityType entityType) => entityType switch
    {
        EntityType.Customer => (QboPayloads.Customer, typeof(QboCustomer)),
        EntityType.Vendor => (QboPayloads.Vendor, typeof(QboVendor)),
        EntityType.Account => (QboPayloads.Account, typeof(QboAccount)),
        EntityType.Item => (QboPayloads.Item, typeof(QboItem)),
        EntityType.Invoice => (QboPayloads.Invoice, typeof(QboInvoice)),
        EntityType.Bill => (QboPayloads.Bill, typeof(QboBill)),
        EntityType.Payment => (QboPayloads.Payment, typeof(QboPayment)),
    };
}
