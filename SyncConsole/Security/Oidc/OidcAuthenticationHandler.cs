using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace SyncConsole.Security.Oidc;

/// <summary>
/// OpenID Connect sign-in on the framework's OAuth handler (the OpenIdConnect handler package is not available here):
/// the authorization code flow with PKCE, endpoints from the provider's discovery document, a nonce carried in the
/// protected state, and the id token validated by <see cref="OidcIdTokenValidator"/> before the session is created.
/// </summary>
internal sealed class OidcAuthenticationHandler(
    IOptionsMonitor<OAuthOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    OidcMetadata metadata,
    OidcIdTokenValidator idTokens,
    OidcUserMapper users)
    : OAuthHandler<OAuthOptions>(options, logger, encoder)
{
    public const string SchemeName = "oidc";

    // OAuthOptions insists on endpoints at start-up; the real ones come from discovery on each challenge and exchange.
    internal const string PlaceholderEndpoint = "https://discovered.invalid/";

    private const string NonceKey = "oidc.nonce";
    private OpenIdConnectConfiguration? provider;

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        try
        {
            provider = await metadata.GetAsync(Context.RequestAborted);
        }
        catch (InvalidOperationException ex)
        {
            // Provider down or misconfigured: say so on the sign-in page rather than with a bare 500.
            Logger.LogWarning(ex, "The OpenID provider's metadata could not be read.");
            Response.Redirect($"{Request.PathBase}{AuthenticationHostingExtensions.SignInPath}?error="
                + Uri.EscapeDataString("The sign-in provider cannot be reached right now. Try again later."));
            return;
        }

        properties.Items[NonceKey] = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        await base.HandleChallengeAsync(properties);
    }

    protected override string BuildChallengeUrl(AuthenticationProperties properties, string redirectUri)
    {
        var url = base.BuildChallengeUrl(properties, redirectUri);
        var query = url[(url.IndexOf('?', StringComparison.Ordinal) + 1)..];
        var endpoint = provider!.AuthorizationEndpoint;
        return $"{endpoint}{(endpoint.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{query}&nonce={Uri.EscapeDataString(properties.Items[NonceKey]!)}";
    }

    protected override async Task<OAuthTokenResponse> ExchangeCodeAsync(OAuthCodeExchangeContext context)
    {
        provider = await metadata.GetAsync(Context.RequestAborted);
        var parameters = new Dictionary<string, string>
        {
            ["client_id"] = Options.ClientId,
            ["client_secret"] = Options.ClientSecret,
            ["redirect_uri"] = context.RedirectUri,
            ["code"] = context.Code,
            ["grant_type"] = "authorization_code",
        };
        if (context.Properties.Items.Remove(OAuthConstants.CodeVerifierKey, out var verifier) && verifier is not null)
        {
            parameters[OAuthConstants.CodeVerifierKey] = verifier;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, provider.TokenEndpoint) { Content = new FormUrlEncodedContent(parameters) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await Backchannel.SendAsync(request, Context.RequestAborted);
        var body = await response.Content.ReadAsStringAsync(Context.RequestAborted);
        return response.IsSuccessStatusCode
            ? OAuthTokenResponse.Success(JsonDocument.Parse(body))
            : OAuthTokenResponse.Failed(new AuthenticationFailureException($"The provider refused the code ({(int)response.StatusCode}): {body}"));
    }

    protected override async Task<AuthenticationTicket> CreateTicketAsync(
        ClaimsIdentity identity, AuthenticationProperties properties, OAuthTokenResponse tokens)
    {
        var idToken = tokens.Response?.RootElement.TryGetProperty("id_token", out var value) == true ? value.GetString() : null;
        if (string.IsNullOrEmpty(idToken))
        {
            throw new AuthenticationFailureException("The provider returned no id token (is 'openid' among Auth:Oidc:Scopes?).");
        }

        var nonce = properties.Items.Remove(NonceKey, out var sent) ? sent : null;
        ClaimsIdentity claims;
        try
        {
            claims = await ValidateAsync(idToken, nonce ?? "");
        }
        catch (SecurityTokenException ex)
        {
            throw new AuthenticationFailureException($"The provider's id token was refused: {ex.Message}", ex);
        }

        return new AuthenticationTicket(users.Map(claims), properties, Scheme.Name);
    }

    private async Task<ClaimsIdentity> ValidateAsync(string idToken, string nonce)
    {
        try
        {
            return await idTokens.ValidateAsync(idToken, nonce, provider!);
        }
        catch (SecurityTokenSignatureKeyNotFoundException)
        {
            // The provider may have rotated its keys since the JWKS was cached: fetch it again, once.
            metadata.RequestRefresh();
            provider = await metadata.GetAsync(Context.RequestAborted);
            return await idTokens.ValidateAsync(idToken, nonce, provider);
        }
    }
}
