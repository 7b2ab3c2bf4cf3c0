namespace SyncConsole.Notifications;

/// <summary>
/// A tenant's endpoint settings as shown; the secret only right after it was generated or rotated (shown once, stored
/// encrypted, never readable again).
/// </summary>
public sealed record NotificationEndpointView(
    bool Configured, string? Url, bool Enabled, DateTimeOffset? SecretCreatedAt, DateTimeOffset? UpdatedAt, string? UpdatedBy, string? Secret = null);
