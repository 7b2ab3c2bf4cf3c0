using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SyncConsole.Security.Jwt;

/// <summary>Issues HS256 bearer tokens that the API's JWT validation accepts (same issuer, audience and keys).</summary>
public sealed class TokenIssuer(IOptions<JwtOptions> options, TimeProvider time)
{
    public string Issue(string subject, Guid tenantId, IEnumerable<string> roles, TimeSpan? lifetime = null)
    {
        var jwt = options.Value;
        if (jwt.SigningKeys.Count == 0)
        {
            throw new InvalidOperationException("No signing key is configured (Auth:Jwt:SigningKeys).");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>
        {
            ["sub"] = subject,
            [SyncConsoleClaims.TenantId] = tenantId.ToString(),
            [SyncConsoleClaims.Role] = roles.Distinct(StringComparer.Ordinal).ToArray(),
        };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Issuer,
            Audience = jwt.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? jwt.TokenLifetime),
            Claims = claims,
            SigningCredentials = new SigningCredentials(SigningKeys(jwt)[0], SecurityAlgorithms.HmacSha256),
        });
    }

    internal static IReadOnlyList<SecurityKey> SigningKeys(JwtOptions jwt) =>
        [.. jwt.SigningKeys.Select(k => new SymmetricSecurityKey(Convert.FromBase64String(k)))];

    internal static ClaimsIdentity Identity(IEnumerable<Claim> claims) =>
        new(claims, "Bearer", "sub", SyncConsoleClaims.Role);
}
