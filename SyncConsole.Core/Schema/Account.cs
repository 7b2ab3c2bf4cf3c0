using System.Text.Json.Serialization;

namespace SyncConsole.Core.Schema;

/// <summary>A chart-of-accounts entry (name list: inactivated, never deleted).</summary>
public sealed record Account : CanonicalEntity
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override EntityType EntityType => EntityType.Account;

    /// <summary>Account name; unique per company.</summary>
    public string? Name { get; init; }

    /// <summary>Account type, e.g. <c>Income</c>, <c>Expense</c>, <c>Bank</c>.</summary>
    public string? AccountType { get; init; }

    /// <summary>Detailed account sub-type.</summary>
    public string? AccountSubType { get; init; }

    /// <summary>ISO 4217 currency code.</summary>
    public string? Currency { get; init; }

    /// <summary>False once inactivated.</summary>
    public bool Active { get; init; } = true;
}
