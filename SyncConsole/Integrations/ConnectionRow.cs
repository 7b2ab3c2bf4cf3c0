using SyncConsole.Tenancy;

namespace SyncConsole.Integrations;

/// <summary>A tenant's connection to one integration (at most one per integration).</summary>
public sealed class ConnectionRow : ITenantOwned
{
    public required string Id { get; init; }

    public required Guid TenantId { get; init; }

    public required string IntegrationId { get; init; }

    /// <summary><c>connected</c>, <c>needs_reauth</c>, <c>disconnected</c> or <c>error</c>.</summary>
    public required string Status { get; set; }

    /// <summary>The provider's account: the QuickBooks realm id.</summary>
    public string? ExternalAccountId { get; set; }

    /// <summary>The OAuth tokens, envelope-encrypted (never plaintext, never logged).</summary>
    public string? ProtectedCredentials { get; set; }

    public DateTimeOffset? ConnectedAt { get; set; }

    public DateTimeOffset? LastSyncAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
