using SyncConsole.Tenancy;

namespace SyncConsole.Integrations;

/// <summary>A tenant's sync rule for one entity of one integration, stored in its API (wire) form.</summary>
public sealed class SyncRuleRow : ITenantOwned
{
    public required Guid TenantId { get; init; }

    public required string IntegrationId { get; init; }

    public required string EntityType { get; init; }

    public required string RuleJson { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
