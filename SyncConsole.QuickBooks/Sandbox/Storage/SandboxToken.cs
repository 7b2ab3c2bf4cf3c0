namespace SyncConsole.QuickBooks.Sandbox.Storage;

/// <summary>An OAuth credential issued by the emulator. Only the hash of its value is stored.</summary>
/// <param name="TokenHash">Lower-case hex SHA-256 of the token value.</param>
/// <param name="Kind">Code, access token or refresh token.</param>
/// <param name="ClientId">The OAuth client it was issued to.</param>
/// <param name="RealmId">The company it grants access to.</param>
/// <param name="GrantId">The consent it stems from; revoking any token of a grant revokes them all.</param>
/// <param name="ExpiresAt">When it stops working.</param>
/// <param name="RedirectUri">For an authorization code: the redirect URI it was issued for.</param>
public sealed record SandboxToken(string TokenHash, SandboxTokenKind Kind, string ClientId, string RealmId, string GrantId, DateTimeOffset ExpiresAt, string? RedirectUri);
