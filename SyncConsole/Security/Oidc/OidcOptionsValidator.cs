using Microsoft.Extensions.Options;

namespace SyncConsole.Security.Oidc;

internal sealed class OidcOptionsValidator : IValidateOptions<OidcOptions>
{
    public ValidateOptionsResult Validate(string? name, OidcOptions options)
    {
        if (!options.Enabled)
        {
            return options.DemoMode
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    "Auth:Oidc:Authority is required when demo mode is off: the console needs an OpenID Connect provider "
                    + "to sign people in. Set Auth:Oidc:Authority, Auth:Oidc:ClientId and Auth:Oidc:ClientSecret "
                    + "(see README, Configuration), or set Demo:Enabled=true for a local demo.");
        }

        var failures = new List<string>();
        if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http"))
        {
            failures.Add($"Auth:Oidc:Authority must be an absolute http(s) URL (was '{options.Authority}').");
        }
        else if (authority.Scheme == "http" && options.RequireHttpsMetadata)
        {
            failures.Add("Auth:Oidc:Authority must use https (set Auth:Oidc:RequireHttpsMetadata=false only for a provider on loopback).");
        }

        Require(failures, options.ClientId, "Auth:Oidc:ClientId");
        // The framework's OAuth handler always authenticates the client at the token endpoint (client_secret_post).
        Require(failures, options.ClientSecret, "Auth:Oidc:ClientSecret");
        Require(failures, options.TenantClaim, "Auth:Oidc:TenantClaim");
        Require(failures, options.RoleClaim, "Auth:Oidc:RoleClaim");
        Require(failures, options.NameClaim, "Auth:Oidc:NameClaim");
        if (!options.EffectiveScopes.Contains("openid", StringComparer.Ordinal))
        {
            failures.Add("Auth:Oidc:Scopes must include 'openid'.");
        }

        if (string.IsNullOrWhiteSpace(options.CallbackPath) || options.CallbackPath[0] != '/')
        {
            failures.Add($"Auth:Oidc:CallbackPath must be a path starting with '/' (was '{options.CallbackPath}').");
        }

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromMinutes(10))
        {
            failures.Add($"Auth:Oidc:ClockSkew must be between 00:00:00 and 00:10:00 (was {options.ClockSkew}).");
        }

        foreach (var (providerRole, consoleRole) in options.RoleMap)
        {
            if (!SyncConsoleClaims.AllRoles.Contains(consoleRole, StringComparer.Ordinal))
            {
                failures.Add($"Auth:Oidc:RoleMap:{providerRole} must be one of {string.Join(", ", SyncConsoleClaims.AllRoles)} (was '{consoleRole}').");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Require(List<string> failures, string? value, string key)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{key} must not be empty when Auth:Oidc:Authority is set.");
        }
    }
}
