using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace SyncConsole.Security.Oidc;

/// <summary>
/// Validates an id token from the provider (OpenID Connect Core §3.1.3.7): signature by a key in the provider's
/// JWKS (asymmetric algorithms only), issuer, audience (our client id, and <c>azp</c> when there are several),
/// expiry against the injected clock, and the nonce sent with the authorization request.
/// </summary>
internal sealed class OidcIdTokenValidator(IOptions<OidcOptions> options, TimeProvider time)
{
    private static readonly string[] AsymmetricAlgorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
    ];

    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    /// <summary>The validated token's claims; throws <see cref="SecurityTokenException"/> when the token is refused.</summary>
    public async Task<ClaimsIdentity> ValidateAsync(string idToken, string expectedNonce, OpenIdConnectConfiguration provider)
    {
        var oidc = options.Value;
        var result = await handler.ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            ValidIssuer = provider.Issuer,
            ValidAudience = oidc.ClientId,
            IssuerSigningKeys = provider.SigningKeys,
            ValidAlgorithms = AsymmetricAlgorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            LifetimeValidator = (notBefore, expires, _, _) => WithinLifetime(notBefore, expires, oidc.ClockSkew),
        });
        if (!result.IsValid)
        {
            throw result.Exception as SecurityTokenException
                ?? new SecurityTokenValidationException("The id token is not valid.", result.Exception);
        }

        var claims = result.ClaimsIdentity;
        var audiences = claims.FindAll("aud").Select(c => c.Value).ToList();
        if (audiences.Count > 1 && claims.FindFirst("azp")?.Value != oidc.ClientId)
        {
            throw new SecurityTokenInvalidAudienceException("The id token has several audiences and its azp is not this client.");
        }

        if (!SameText(claims.FindFirst("nonce")?.Value, expectedNonce))
        {
            throw new SecurityTokenValidationException("The id token's nonce does not match the sign-in request (a replayed or injected token).");
        }

        return claims;
    }

    private bool WithinLifetime(DateTime? notBefore, DateTime? expires, TimeSpan skew)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (expires is not { } exp || now > exp.ToUniversalTime() + skew)
        {
            throw new SecurityTokenExpiredException($"The id token expired at {expires:O}.");
        }

        if (notBefore is { } nbf && now + skew < nbf.ToUniversalTime())
        {
            throw new SecurityTokenNotYetValidException($"The id token is not valid before {nbf:O}.");
        }

        return true;
    }

    private static bool SameText(string? actual, string expected) =>
        actual is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(actual), Encoding.UTF8.GetBytes(expected));
}
