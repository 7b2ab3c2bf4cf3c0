using System.Text.Json.Serialization;

namespace SyncConsole.Core.Schema;

/// <summary>A vendor (name list: inactivated, never deleted).</summary>
public sealed record Vendor : CanonicalEntity
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override EntityType EntityType => EntityType.Vendor;

    /// <summary>Display name; unique across customers and vendors at most providers.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Company name.</summary>
    public string? CompanyName { get; init; }

    /// <summary>Primary e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Primary phone number, free form.</summary>
    public string? Phone { get; init; }

    /// <summary>Billing address.</summary>
    public Address? BillingAddress { get; init; }

    /// <summary>ISO 4217 currency code.</summary>
    public string? Currency { get; init; }

    /// <summary>False once inactivated.</summary>
    public bool Active { get; init; } = true;
}
