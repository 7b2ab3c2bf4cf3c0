using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace SyncConsole.QuickBooks.Auth;

/// <summary>
/// OAuth 2.0 authorization-code client for Intuit (or the emulator): authorize URL, code exchange, refresh and
/// revocation, authenticating with HTTP Basic (client_secret_basic). Tokens are never logged.
/// </summary>
public sealed class QuickBooksOAuthClient(HttpClient httpClient, IOptions<QuickBooksOptions> options, TimeProvider timeProvider)
{
    /// <summary>The URL to send the user to; <paramref name="state"/> is the caller's single-use CSRF value.</summary>
    public Uri BuildAuthorizationUrl(string state, Uri redirectUri)
    {
        ArgumentException.ThrowIfNullOrEmpty(state);
        ArgumentNullException.ThrowIfNull(redirectUri);
        var settings = options.Value;
        var url = QueryHelpers.AddQueryString(QuickBooksEndpoints.Resolve(settings).AuthorizeUri.AbsoluteUri, new Dictionary<string, string?>
        {
            ["client_id"] = settings.ClientId,
            ["response_type"] = "code",
            ["scope"] = settings.Scopes,
            ["redirect_uri"] = redirectUri.AbsoluteUri,
            ["state"] = state,
        });
        return new Uri(url);
    }

    /// <summary>Exchanges the callback's code (once) for tokens of the callback's realm.</summary>
    /// <exception cref="QuickBooksReauthorizationRequiredException">The code is invalid, used or expired.</exception>
    public Task<QuickBooksTokenSet> ExchangeCodeAsync(string code, Uri redirectUri, string realmId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        ArgumentNullException.ThrowIfNull(redirectUri);
        ArgumentException.ThrowIfNullOrEmpty(realmId);
        return RequestTokensAsync(realmId, new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = redirectUri.AbsoluteUri,
        }, cancellationToken);
    }

    /// <summary>Refreshes; the answer carries a new refresh token that must replace the old one.</summary>
    /// <exception cref="QuickBooksReauthorizationRequiredException">The refresh token is no longer valid.</exception>
    public Task<QuickBooksTokenSet> RefreshAsync(QuickBooksTokenSet current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        return RequestTokensAsync(current.RealmId, new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = current.RefreshToken,
        }, cancellationToken);
    }

    /// <summary>Revokes a refresh or access token (disconnect).</summary>
    public async Task RevokeAsync(string token, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        using var request = new HttpRequestMessage(HttpMethod.Post, QuickBooksEndpoints.Resolve(options.Value).RevokeUri)
        {
            Content = JsonContent.Create(new Dictionary<string, string> { ["token"] = token }),
        };
        using var response = await SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw await ErrorAsync(response, cancellationToken);
        }
    }

    private async Task<QuickBooksTokenSet> RequestTokensAsync(string realmId, Dictionary<string, string> form, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, QuickBooksEndpoints.Resolve(options.Value).TokenUri)
        {
            Content = new FormUrlEncodedContent(form),
        };
        var now = timeProvider.GetUtcNow();
        using var response = await SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw await ErrorAsync(response, cancellationToken);
        }

        var body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
            ?? throw new QuickBooksOAuthException((int)response.StatusCode, null, "The token endpoint returned an empty body.");
        if (string.IsNullOrEmpty(body.AccessToken) || string.IsNullOrEmpty(body.RefreshToken))
        {
            throw new QuickBooksOAuthException((int)response.StatusCode, null, "The token endpoint returned no tokens.");
        }

        return new QuickBooksTokenSet(realmId, body.AccessToken, body.RefreshToken, now.AddSeconds(body.ExpiresIn), now.AddSeconds(body.RefreshExpiresIn));
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.ClientId}:{settings.ClientSecret}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return await httpClient.SendAsync(request, cancellationToken);
    }

    private static async Task<Exception> ErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ErrorResponse? error = null;
        try
        {
            error = await response.Content.ReadFromJsonAsync<ErrorResponse>(cancellationToken);
        }
        catch (JsonException)
        {
            // Not every failure (for example a proxy's) has an OAuth error body.
        }

        var message = $"QuickBooks OAuth request failed with HTTP {(int)response.StatusCode}: {error?.Error} {error?.Description}".Trim();
        return error?.Error == "invalid_grant"
            ? new QuickBooksReauthorizationRequiredException(message)
            : new QuickBooksOAuthException((int)response.StatusCode, error?.Error, message);
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken,
        [property: JsonPropertyName("expires_in")] long ExpiresIn,
        [property: JsonPropertyName("x_refresh_token_expires_in")] long RefreshExpiresIn)
    {
        public override string ToString() => "TokenResponse { (secrets hidden) }";
    }

    private sealed record ErrorResponse(
        [property: JsonPropertyName("error")] string? Error,
        [property: JsonPropertyName("error_description")] string? Description);
}
