using SyncConsole.Tenancy;

namespace SyncConsole.Integrations;

/// <summary>A pending OAuth authorization: single-use, bound to the tenant, expiring (stored by hash only).</summary>
public sealed class OAuthStateRow : ITenantOwned
{
    public required string StateHash { get; init; }

    public required Guid TenantId { get; init; }

    public required string IntegrationId { get; init; }

    public required string RedirectUri { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? UsedAt { get; set; }
}
