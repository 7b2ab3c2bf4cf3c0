using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SyncConsole.Security.Jwt;

namespace SyncConsole.Security.Embedding;

/// <summary>
/// Short-lived, single-use tokens that open one embedded page. Signed with the API's keys (Auth:Jwt) but for their
/// own audience, so an embed token is never an API token and an API token never opens an embedded page. The token
/// carries the page it opens, the caller's tenant and the caller's roles capped by Embedding:AllowedRoles.
/// </summary>
internal sealed class EmbedTokens(IOptions<JwtOptions> jwt, IOptions<EmbeddingOptions> embedding, EmbedTokenReplayGuard replays, TimeProvider time)
{
    public const string Audience = "syncconsole-embed";
    public const string PathClaim = "embed_path";
    public const string EmbeddedClaim = "embedded";
    public const string AuthenticationType = "embed";

    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false, SetDefaultTimesOnTokenCreation = false };

    /// <summary>The roles an embedded session for <paramref name="caller"/> gets (empty: the caller may not embed).</summary>
    public IReadOnlyList<string> RolesFor(ClaimsPrincipal caller) =>
        [.. caller.FindAll(SyncConsoleClaims.Role).Select(c => c.Value).Distinct(StringComparer.Ordinal)
            .Where(role => embedding.Value.EffectiveAllowedRoles.Contains(role, StringComparer.Ordinal))];

    public (string Token, DateTimeOffset ExpiresAt) Issue(ClaimsPrincipal caller, string path, TimeSpan lifetime)
    {
        var keys = TokenIssuer.SigningKeys(jwt.Value);
        if (keys.Count == 0)
        {
            throw new InvalidOperationException("No signing key is configured (Auth:Jwt:SigningKeys).");
        }

        var now = time.GetUtcNow();
        var expiresAt = now + lifetime;
        var token = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Value.Issuer,
            Audience = Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            TokenType = "embed+jwt",
            Claims = new Dictionary<string, object>
            {
                ["jti"] = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16)),
                ["sub"] = caller.Actor(),
                [SyncConsoleClaims.TenantId] = caller.TenantId().ToString(),
                [SyncConsoleClaims.Role] = RolesFor(caller).ToArray(),
                [PathClaim] = path,
            },
            SigningCredentials = new SigningCredentials(keys[0], SecurityAlgorithms.HmacSha256),
        });
        return (token, expiresAt);
    }

    /// <summary>
    /// The embedded session's user if <paramref name="token"/> is valid, unused and opens <paramref name="path"/>;
    /// otherwise null with the reason.
    /// </summary>
    public async Task<(ClaimsPrincipal? User, string? Refusal)> RedeemAsync(string token, PathString path, CancellationToken cancellationToken)
    {
        var result = await handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = jwt.Value.Issuer,
            ValidAudience = Audience,
            IssuerSigningKeys = TokenIssuer.SigningKeys(jwt.Value),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ValidTypes = ["embed+jwt"],
            RequireExpirationTime = true,
            LifetimeValidator = (notBefore, expires, _, _) =>
                expires is { } exp && time.GetUtcNow().UtcDateTime < exp && (notBefore is not { } nbf || time.GetUtcNow().UtcDateTime >= nbf),
        });
        if (!result.IsValid)
        {
            return (null, "The embed token is invalid or has expired.");
        }

        var claims = result.ClaimsIdentity;
        if (!path.Equals(new PathString(claims.FindFirst(PathClaim)?.Value), StringComparison.OrdinalIgnoreCase))
        {
            return (null, "The embed token opens another page.");
        }

        var expires = ((JsonWebToken)result.SecurityToken).ValidTo;
        if (claims.FindFirst("jti")?.Value is not { } id || !await replays.TryRedeemAsync(id, new DateTimeOffset(expires, TimeSpan.Zero), cancellationToken))
        {
            return (null, "The embed token has already been used.");
        }

        Claim[] session =
        [
            new("sub", claims.FindFirst("sub")!.Value),
            new(SyncConsoleClaims.Name, claims.FindFirst("sub")!.Value + " (embedded)"),
            new(SyncConsoleClaims.TenantId, claims.FindFirst(SyncConsoleClaims.TenantId)!.Value),
            new(EmbeddedClaim, "true"),
            .. claims.FindAll(SyncConsoleClaims.Role).Select(c => new Claim(SyncConsoleClaims.Role, c.Value)),
        ];
        return (new ClaimsPrincipal(new ClaimsIdentity(session, AuthenticationType, SyncConsoleClaims.Name, SyncConsoleClaims.Role)), null);
    }
}
