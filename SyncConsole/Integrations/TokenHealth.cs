namespace SyncConsole.Integrations;

/// <summary>How long a connection's OAuth grant lasts: the access token (refreshed on use) and the refresh token.</summary>
public sealed record TokenHealth(DateTimeOffset AccessTokenExpiresAt, DateTimeOffset RefreshTokenExpiresAt);
