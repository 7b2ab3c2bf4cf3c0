using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace SyncConsole.Security.Oidc;

/// <summary>
/// Turns a validated id token into the console's user: subject, name, tenant and console roles, read from the
/// claims that <see cref="OidcOptions"/> names. A user without a tenant or without any console role cannot sign in.
/// </summary>
internal sealed class OidcUserMapper(IOptions<OidcOptions> options)
{
    public const string AuthenticationType = "oidc";

    /// <summary>Marks a session that came from the provider (sign-out then also ends the provider's session).</summary>
    public const string IdentityProviderClaim = "idp";

    public ClaimsPrincipal Map(ClaimsIdentity idToken)
    {
        var oidc = options.Value;
        var subject = idToken.FindFirst("sub")?.Value
            ?? throw new AuthenticationFailureException("The provider's id token has no subject (sub).");
        var tenant = idToken.FindFirst(oidc.TenantClaim)?.Value;
        if (!Guid.TryParse(tenant, out var tenantId) || tenantId == Guid.Empty)
        {
            throw new AuthenticationFailureException(
                $"Your account has no SyncConsole tenant: the provider sent no GUID in the '{oidc.TenantClaim}' claim.");
        }

        var roles = idToken.FindAll(oidc.RoleClaim)
            .SelectMany(c => c.Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(value => oidc.RoleMap.TryGetValue(value, out var mapped) ? mapped : value)
            .Where(role => SyncConsoleClaims.AllRoles.Contains(role, StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (roles.Count == 0)
        {
            throw new AuthenticationFailureException(
                $"Your account has no SyncConsole role: the provider's '{oidc.RoleClaim}' claim names none of {string.Join(", ", SyncConsoleClaims.AllRoles)}.");
        }

        Claim[] claims =
        [
            new("sub", subject),
            new(ClaimTypes.NameIdentifier, subject),
            new(SyncConsoleClaims.Name, idToken.FindFirst(oidc.NameClaim)?.Value ?? subject),
            new(SyncConsoleClaims.TenantId, tenantId.ToString()),
            new(IdentityProviderClaim, AuthenticationType),
            .. roles.Select(role => new Claim(SyncConsoleClaims.Role, role)),
        ];
        return new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationType, SyncConsoleClaims.Name, SyncConsoleClaims.Role));
    }
}
