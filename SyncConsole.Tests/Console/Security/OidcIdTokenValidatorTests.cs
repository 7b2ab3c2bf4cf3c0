using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using SyncConsole.Security.Oidc;
using SyncConsole.Tests.Core.Fakes;

namespace SyncConsole.Tests.Console.Security;

/// <summary>
/// The id-token checks with tokens signed here by a local RSA key standing in for the provider's JWKS: a token is
/// accepted only when signature, issuer, audience, lifetime and nonce all hold.
/// </summary>
public sealed class OidcIdTokenValidatorTests : IDisposable
{
    private const string Issuer = "https://id.example.test";
    private const string ClientId = "syncconsole";
    private const string Nonce = "n-0S6_WzA2Mj";
    private readonly RSA providerKey = RSA.Create(2048);
    private readonly RSA otherKey = RSA.Create(2048);
    private readonly ManualClock clock = new();
    private readonly OpenIdConnectConfiguration provider;
    private readonly OidcIdTokenValidator validator;

    public OidcIdTokenValidatorTests()
    {
        provider = new OpenIdConnectConfiguration { Issuer = Issuer };
        provider.SigningKeys.Add(new RsaSecurityKey(providerKey) { KeyId = "provider-key" });
        var options = new OidcOptions { Authority = Issuer, ClientId = ClientId };
        validator = new OidcIdTokenValidator(Options.Create(options), clock);
    }

    [Fact]
    public async Task Validate_WellFormedToken_ReturnsItsClaims()
    {
        var claims = await validator.ValidateAsync(Token(), Nonce, provider);

        Assert.Equal("alice", claims.FindFirst("sub")?.Value);
    }

    [Fact]
    public async Task Validate_TamperedPayload_IsRefused()
    {
        var parts = Token().Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace("alice", "admin", StringComparison.Ordinal);
        var tampered = $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";

        await Assert.ThrowsAnyAsync<SecurityTokenInvalidSignatureException>(() => validator.ValidateAsync(tampered, Nonce, provider));
    }

    [Fact]
    public async Task Validate_SignedByAKeyNotInTheProvidersJwks_IsRefused()
    {
        var forged = Token(signWith: new RsaSecurityKey(otherKey) { KeyId = "provider-key" });

        await Assert.ThrowsAnyAsync<SecurityTokenException>(() => validator.ValidateAsync(forged, Nonce, provider));
    }

    [Fact]
    public async Task Validate_SymmetricallySignedToken_IsRefused()
    {
        var key = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = "hmac" };
        provider.SigningKeys.Add(key);

        await Assert.ThrowsAnyAsync<SecurityTokenException>(() => validator.ValidateAsync(Token(signWith: key, algorithm: SecurityAlgorithms.HmacSha256), Nonce, provider));
    }

    [Fact]
    public async Task Validate_WrongAudience_IsRefused()
    {
        await Assert.ThrowsAsync<SecurityTokenInvalidAudienceException>(() => validator.ValidateAsync(Token(audience: "another-app"), Nonce, provider));
    }

    [Fact]
    public async Task Validate_SeveralAudiencesWithoutOurAzp_IsRefused()
    {
        var token = Token(extra: new() { ["aud"] = new[] { ClientId, "another-app" }, ["azp"] = "another-app" });

        await Assert.ThrowsAsync<SecurityTokenInvalidAudienceException>(() => validator.ValidateAsync(token, Nonce, provider));
    }

    [Fact]
    public async Task Validate_WrongIssuer_IsRefused()
    {
        await Assert.ThrowsAsync<SecurityTokenInvalidIssuerException>(() => validator.ValidateAsync(Token(issuer: "https://evil.example.test"), Nonce, provider));
    }

    [Fact]
    public async Task Validate_ExpiredBeyondTheClockSkew_IsRefused()
    {
        var token = Token();
        clock.Tick(TimeSpan.FromMinutes(5) + TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));

        await Assert.ThrowsAsync<SecurityTokenExpiredException>(() => validator.ValidateAsync(token, Nonce, provider));
    }

    [Fact]
    public async Task Validate_ExpiredWithinTheClockSkew_IsAccepted()
    {
        var token = Token();
        clock.Tick(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(30));

        Assert.NotNull(await validator.ValidateAsync(token, Nonce, provider));
    }

    [Fact]
    public async Task Validate_NonceOfAnotherSignIn_IsRefused()
    {
        var error = await Assert.ThrowsAnyAsync<SecurityTokenException>(() => validator.ValidateAsync(Token(), "another-nonce", provider));

        Assert.Contains("nonce", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_NoNonceInToken_IsRefused()
    {
        await Assert.ThrowsAnyAsync<SecurityTokenException>(() => validator.ValidateAsync(Token(nonce: null), Nonce, provider));
    }

    public void Dispose()
    {
        providerKey.Dispose();
        otherKey.Dispose();
    }

    private string Token(
        string issuer = Issuer, string audience = ClientId, string? nonce = Nonce, SecurityKey? signWith = null,
        string algorithm = SecurityAlgorithms.RsaSha256, Dictionary<string, object>? extra = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object> { ["sub"] = "alice" };
        if (nonce is not null)
        {
            claims["nonce"] = nonce;
        }

        foreach (var (name, value) in extra ?? [])
        {
            claims[name] = value;
        }

        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = claims.ContainsKey("aud") ? null : audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            Claims = claims,
            SigningCredentials = new SigningCredentials(signWith ?? provider.SigningKeys.First(), algorithm),
        });
    }
}
