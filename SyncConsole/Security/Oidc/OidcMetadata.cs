using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace SyncConsole.Security.Oidc;

/// <summary>
/// The provider's discovery document and signing keys (JWKS), fetched on first use and cached by IdentityModel's
/// ConfigurationManager (refreshed daily, or on demand when a token names an unknown key). Nothing is fetched at
/// start-up, so the console starts even while the provider is down.
/// </summary>
internal sealed class OidcMetadata
{
    private readonly ConfigurationManager<OpenIdConnectConfiguration> manager;
    private readonly string expectedIssuer;

    public OidcMetadata(IOptions<OidcOptions> options, IHttpClientFactory httpClients)
    {
        var oidc = options.Value;
        expectedIssuer = oidc.Authority!.TrimEnd('/');
        manager = new ConfigurationManager<OpenIdConnectConfiguration>(
            expectedIssuer + "/.well-known/openid-configuration",
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(httpClients.CreateClient(nameof(OidcMetadata))) { RequireHttps = oidc.RequireHttpsMetadata });
    }

    public async Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken)
    {
        var configuration = await manager.GetConfigurationAsync(cancellationToken);
        // A discovery document that names another issuer is not this provider's (OpenID Connect Discovery §4.3).
        if (!string.Equals(configuration.Issuer?.TrimEnd('/'), expectedIssuer, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"The provider's discovery document names issuer '{configuration.Issuer}', not Auth:Oidc:Authority '{expectedIssuer}'.");
        }

        return configuration;
    }

    /// <summary>Asks for fresh metadata on the next call (a token was signed by a key not in the cached JWKS).</summary>
    public void RequestRefresh() => manager.RequestRefresh();
}
