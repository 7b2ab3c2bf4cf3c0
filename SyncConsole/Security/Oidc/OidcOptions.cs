namespace SyncConsole.Security.Oidc;

/// <summary>
/// Console sign-in through an OpenID Connect provider (authorization code + PKCE). Section <c>Auth:Oidc</c>.
/// Required unless demo mode is on: without an authority the app refuses to start.
/// </summary>
public sealed class OidcOptions
{
    public const string SectionName = "Auth:Oidc";

    /// <summary>
    /// The provider's issuer URL; its discovery document is read from <c>{Authority}/.well-known/openid-configuration</c>.
    /// Default: none (sign-in through OpenID Connect is off, which only demo mode allows).
    /// </summary>
    public string? Authority { get; set; }

    /// <summary>The client id registered at the provider; also the expected <c>aud</c> of id tokens. Default: none.</summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// The client secret (sent as <c>client_secret_post</c>); required with an authority. A secret: set it through the
    /// environment (<c>Auth__Oidc__ClientSecret</c>). Default: none.
    /// </summary>
    public string? ClientSecret { get; set; }

    /// <summary>Scopes requested; must include <c>openid</c>. Default <c>openid profile email</c>.</summary>
    public IList<string> Scopes { get; } = [];

    /// <summary>The console path the provider redirects back to. Default <c>/signin-oidc</c>.</summary>
    public string CallbackPath { get; set; } = "/signin-oidc";

    /// <summary>Id-token claim that holds the user's tenant id (a GUID). Default <c>tenant_id</c>.</summary>
    public string TenantClaim { get; set; } = "tenant_id";

    /// <summary>Id-token claim that holds the user's roles (a string or an array). Default <c>roles</c>.</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>Id-token claim shown as the user's name (falls back to <c>sub</c>). Default <c>name</c>.</summary>
    public string NameClaim { get; set; } = "name";

    /// <summary>
    /// Provider role values mapped to console roles (<c>viewer</c>, <c>operator</c>, <c>finance</c>, <c>admin</c>),
    /// e.g. <c>Auth:Oidc:RoleMap:SyncConsole-Admins = admin</c>. A value that is itself a console role needs no entry;
    /// other values are ignored. Default: empty.
    /// </summary>
    public IDictionary<string, string> RoleMap { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Requires https for the authority and its metadata. Turn off only for a provider on loopback. Default <c>true</c>.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Allowed clock difference with the provider when checking token lifetimes. Default 00:01:00.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Text of the sign-in button. Default <c>Sign in with single sign-on</c>.</summary>
    public string DisplayName { get; set; } = "Sign in with single sign-on";

    /// <summary>Whether OpenID Connect sign-in is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);

    /// <summary>The scopes to request: the configured ones, or the default set.</summary>
    public IReadOnlyList<string> EffectiveScopes => Scopes.Count > 0 ? [.. Scopes] : ["openid", "profile", "email"];

    // Set from Demo:Enabled: demo mode is the only way to run without a provider.
    internal bool DemoMode { get; set; }
}
