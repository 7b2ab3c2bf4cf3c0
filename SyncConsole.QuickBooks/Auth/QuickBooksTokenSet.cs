namespace SyncConsole.QuickBooks.Auth;

/// <summary>The OAuth tokens of one QuickBooks connection. Always persist the newest refresh token: it rotates.</summary>
/// <param name="RealmId">The company the tokens grant access to.</param>
/// <param name="AccessToken">The bearer token for the accounting API.</param>
/// <param name="RefreshToken">The refresh token; the previous one stops working when a new one is issued.</param>
/// <param name="AccessTokenExpiresAt">When the access token expires.</param>
/// <param name="RefreshTokenExpiresAt">When the refresh token expires (rolling, about 100 days).</param>
public sealed record QuickBooksTokenSet(
    string RealmId, string AccessToken, string RefreshToken, DateTimeOffset AccessTokenExpiresAt, DateTimeOffset RefreshTokenExpiresAt)
{
    /// <summary>Describes the token set without the secrets, so it is safe to log.</summary>
    public override string ToString() =>
        $"QuickBooksTokenSet {{ RealmId = {RealmId}, AccessTokenExpiresAt = {AccessTokenExpiresAt:O}, RefreshTokenExpiresAt = {RefreshTokenExpiresAt:O} }}";
}
