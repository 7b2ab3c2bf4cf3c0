using SyncConsole.Core.Schema;

namespace SyncConsole.Tests.Core.Builders;

/// <summary>Builds a valid customer; every value can be changed.</summary>
internal sealed class CustomerBuilder
{
    private Customer _customer = new()
    {
        DisplayName = "Acme Corp",
        CompanyName = "Acme Corporation",
        GivenName = "Ada",
        FamilyName = "Lovelace",
        Email = "billing@acme.test",
        Phone = "+1 555 0100",
        BillingAddress = new Address { Line1 = "1 Main St", City = "Springfield", Region = "IL", PostalCode = "62701", Country = "US" },
        Currency = "USD",
    };

    public CustomerBuilder WithDisplayName(string? name) => Set(_customer with { DisplayName = name });

    public CustomerBuilder WithEmail(string? email) => Set(_customer with { Email = email });

    public CustomerBuilder WithPhone(string? phone) => Set(_customer with { Phone = phone });

    public CustomerBuilder WithNotes(string? notes) => Set(_customer with { Notes = notes });

    public CustomerBuilder Inactive() => Set(_customer with { Active = false });

    public Customer Build() => _customer;

    public FieldMap BuildFields() => _customer.ToRecord().Fields;

    private CustomerBuilder Set(Customer customer)
    {
        _customer = customer;
        return this;
    }
}
