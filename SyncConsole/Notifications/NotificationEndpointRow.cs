using SyncConsole.Tenancy;

namespace SyncConsole.Notifications;

/// <summary>Where a tenant's application wants inbound changes posted, and the shared secret that signs them.</summary>
public sealed class NotificationEndpointRow : ITenantOwned
{
    public required Guid TenantId { get; init; }

    public required string Url { get; set; }

    /// <summary>The signing secret, encrypted by <c>CredentialProtector</c> (bound to the tenant).</summary>
    public required string SecretProtected { get; set; }

    public bool Enabled { get; set; }

    public DateTimeOffset SecretCreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }
}
