using System.Text.Json;
using SyncConsole.Core.Schema;

namespace SyncConsole.Tests.Core.Schema;

public class TransactionRoundTripTests
{
    private static T RoundTrip<T>(T entity)
        where T : CanonicalEntity
    {
        var json = CanonicalJson.ToJsonString(entity.ToRecord());
        return CanonicalEntity.FromRecord<T>(CanonicalJson.FromJson(entity.EntityType, JsonDocument.Parse(json).RootElement));
    }

    [Fact]
    public void RoundTrip_BillWithAccountAndItemLines_KeepsEveryValue()
    {
        var bill = new Bill
        {
            Id = "b1",
            VendorId = "v1",
            DocNumber = "B-7",
            TxnDate = new DateOnly(2026, 3, 31),
            Currency = "EUR",
            Lines =
            [
                new BillLine { AccountId = "a1", Description = "Rent", Amount = 1200.00m },
                new BillLine { ItemId = "i1", Quantity = 3, UnitPrice = 9.99m, Amount = 29.97m },
            ],
            Total = 1229.97m,
            Balance = 1229.97m,
        };

        var read = RoundTrip(bill);

        Assert.Equal(bill.Lines, read.Lines);
        Assert.Equal(bill with { Lines = read.Lines }, read);
    }

    [Fact]
    public void RoundTrip_PaymentAppliedToInvoices_KeepsEveryValue()
    {
        var payment = new Payment
        {
            Id = "p1",
            CustomerId = "c1",
            TxnDate = new DateOnly(2026, 4, 1),
            Currency = "USD",
            TotalAmount = 150.5m,
            AppliedTo = [new PaymentApplication { InvoiceId = "inv1", Amount = 100m }, new PaymentApplication { InvoiceId = "inv2", Amount = 50.5m }],
        };

        var read = RoundTrip(payment);

        Assert.Equal(payment.AppliedTo, read.AppliedTo);
        Assert.Equal(payment with { AppliedTo = read.AppliedTo }, read);
    }

    [Fact]
    public void RoundTrip_ItemAccountAndVendor_KeepEveryValue()
    {
        var item = new Item { Id = "i1", Name = "Widget", Type = ItemType.Inventory, UnitPrice = 2.5m, IncomeAccountId = "a1", Active = false };
        var account = new Account { Id = "a1", Name = "Sales", AccountType = "Income", AccountSubType = "SalesOfProductIncome", Currency = "USD" };
        var vendor = new Vendor
        {
            Id = "v1",
            DisplayName = "Paper Co",
            Email = "ap@paper.test",
            BillingAddress = new Address { Line1 = "2 Mill Rd", Line2 = "Unit 4", City = "Leeds", PostalCode = "LS1", Country = "GB" },
        };

        Assert.Equal(item, RoundTrip(item));
        Assert.Equal(account, RoundTrip(account));
        Assert.Equal(vendor, RoundTrip(vendor));
    }
}
