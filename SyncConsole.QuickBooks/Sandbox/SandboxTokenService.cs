using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SyncConsole.QuickBooks.Sandbox.Storage;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>
/// Issues and checks the emulator's OAuth credentials. Refresh tokens rotate on every use and the old one dies at
/// once (the strict reading of QuickBooks' policy), so a second refresh with the same token gets invalid_grant.
/// </summary>
internal sealed class SandboxTokenService(ISandboxStore store, IOptions<SandboxOptions> options, TimeProvider time)
{
    public bool IsClient(string? clientId, string? clientSecret) =>
        clientId is not null && clientSecret is not null
        && FixedEquals(clientId, options.Value.ClientId) && FixedEquals(clientSecret, options.Value.ClientSecret);

    public async Task<string> CreateCodeAsync(string realmId, string redirectUri, CancellationToken cancellationToken)
    {
        var code = NewSecret("AB");
        var token = new SandboxToken(Hash(code), SandboxTokenKind.AuthorizationCode, options.Value.ClientId, realmId, NewGrantId(),
            time.GetUtcNow() + options.Value.AuthorizationCodeLifetime, redirectUri);
        await store.ReplaceTokensAsync([], [token], cancellationToken);
        return code;
    }

    public async Task<SandboxIssuedTokens> ExchangeCodeAsync(string code, string? redirectUri, CancellationToken cancellationToken)
    {
        var stored = await FindLiveAsync(code, SandboxTokenKind.AuthorizationCode, cancellationToken);
        if (stored is null || !string.Equals(stored.RedirectUri, redirectUri, StringComparison.Ordinal))
        {
            throw SandboxOAuthError.InvalidGrant("The authorization code is invalid, expired, already used, or the redirect_uri does not match.");
        }

        return await IssueAsync(stored.RealmId, stored.GrantId, [stored.TokenHash], cancellationToken);
    }

    public async Task<SandboxIssuedTokens> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var stored = await FindLiveAsync(refreshToken, SandboxTokenKind.RefreshToken, cancellationToken)
            ?? throw SandboxOAuthError.InvalidGrant("Incorrect or invalid refresh token");
        return await IssueAsync(stored.RealmId, stored.GrantId, [stored.TokenHash], cancellationToken);
    }

    /// <summary>Issues a fresh pair for a realm as if the configured client had been granted consent.</summary>
    public Task<SandboxIssuedTokens> IssueAsync(string realmId, CancellationToken cancellationToken) =>
        IssueAsync(realmId, NewGrantId(), [], cancellationToken);

    /// <summary>Revokes the whole grant of a refresh or access token, as Intuit's revocation disconnects the app.</summary>
    public async Task RevokeAsync(string token, CancellationToken cancellationToken)
    {
        if (await store.FindTokenAsync(Hash(token), cancellationToken) is { } stored)
        {
            await store.RevokeGrantAsync(stored.GrantId, cancellationToken);
        }
    }

    /// <summary>Checks a bearer token for a realm: 401 AuthenticationFault when unknown or expired, 403 for another realm.</summary>
    public async Task AuthenticateAsync(string? authorization, string realmId, CancellationToken cancellationToken)
    {
        const string Scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            throw SandboxFaultException.AuthenticationFailed();
        }

        var stored = await FindLiveAsync(authorization[Scheme.Length..].Trim(), SandboxTokenKind.AccessToken, cancellationToken)
            ?? throw SandboxFaultException.AuthenticationFailed();
        if (stored.RealmId != realmId)
        {
            throw SandboxFaultException.AuthorizationFailed();
        }
    }

    private async Task<SandboxIssuedTokens> IssueAsync(string realmId, string grantId, IReadOnlyCollection<string> consumed, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var settings = options.Value;
        var access = NewSecret("eyJ");
        var refresh = NewSecret("RT1-");
        await store.ReplaceTokensAsync(
            consumed,
            [
                new SandboxToken(Hash(access), SandboxTokenKind.AccessToken, settings.ClientId, realmId, grantId, now + settings.AccessTokenLifetime, null),
                new SandboxToken(Hash(refresh), SandboxTokenKind.RefreshToken, settings.ClientId, realmId, grantId, now + settings.RefreshTokenLifetime, null),
            ],
            cancellationToken);
        return new SandboxIssuedTokens(realmId, access, refresh, (long)settings.AccessTokenLifetime.TotalSeconds, (long)settings.RefreshTokenLifetime.TotalSeconds);
    }

    private async Task<SandboxToken?> FindLiveAsync(string value, SandboxTokenKind kind, CancellationToken cancellationToken)
    {
        var stored = await store.FindTokenAsync(Hash(value), cancellationToken);
        return stored is not null && stored.Kind == kind && stored.ExpiresAt > time.GetUtcNow() ? stored : null;
    }

    private static string NewGrantId() => Guid.NewGuid().ToString("N");

    internal static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    private static string NewSecret(string prefix) =>
        prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool FixedEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
