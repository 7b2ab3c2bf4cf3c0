namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>A company created in the emulator, with tokens issued to the configured client as if consent had been given.</summary>
/// <param name="RealmId">The company id.</param>
/// <param name="Name">The company name.</param>
/// <param name="AccessToken">A bearer token for the company.</param>
/// <param name="RefreshToken">Its refresh token.</param>
/// <param name="AccessTokenExpiresAt">When the access token expires (emulator clock).</param>
/// <param name="RefreshTokenExpiresAt">When the refresh token expires (emulator clock).</param>
public sealed record SandboxCompany(
    string RealmId, string Name, string AccessToken, string RefreshToken, DateTimeOffset AccessTokenExpiresAt, DateTimeOffset RefreshTokenExpiresAt)
{
    /// <summary>Describes the company without its tokens.</summary>
    public override string ToString() => $"SandboxCompany {{ RealmId = {RealmId}, Name = {Name} }}";
}
