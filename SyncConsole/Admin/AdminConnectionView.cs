namespace SyncConsole.Admin;

/// <summary>A connection of any tenant, as admins see it.</summary>
public sealed record AdminConnectionView(
    Guid TenantId, string? TenantName, string Id, string Status, string? ExternalAccountId, DateTimeOffset? ConnectedAt, DateTimeOffset? LastSyncAt);
