using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace SyncConsole.QuickBooks.Sandbox.Endpoints;

/// <summary>
/// The emulated Intuit OAuth 2.0 server: a consent page (a plain HTML form, no JavaScript), the token endpoint
/// (authorization_code and refresh_token grants; client_secret_basic and client_secret_post) and revocation.
/// </summary>
internal static class SandboxOAuthEndpoints
{
    public const string AuthorizePath = "/oauth2/authorize";
    public const string TokenPath = "/oauth2/v1/tokens/bearer";
    public const string RevokePath = "/oauth2/v2/tokens/revoke";

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet(AuthorizePath, ConsentPageAsync);
        group.MapPost(AuthorizePath, ApproveAsync);
        group.MapPost(TokenPath, TokenAsync);
        group.MapPost(RevokePath, RevokeAsync);
    }

    private static async Task<IResult> ConsentPageAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var query = context.Request.Query;
        var error = CheckAuthorizeRequest(context, query["client_id"], query["redirect_uri"], query["response_type"]);
        if (error is not null)
        {
            return Results.Content(SandboxConsentPage.Error(error), "text/html", Encoding.UTF8, StatusCodes.Status400BadRequest);
        }

        var realms = await context.RequestServices.GetRequiredService<SandboxCompanies>().ListRealmsAsync(cancellationToken);
        var html = SandboxConsentPage.Render(context.Request.PathBase + context.Request.Path, query["client_id"]!, query["redirect_uri"]!, query["state"], query["scope"], realms);
        return Results.Content(html, "text/html", Encoding.UTF8);
    }

    private static async Task<IResult> ApproveAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var redirectUri = form["redirect_uri"].ToString();
        var error = CheckAuthorizeRequest(context, form["client_id"], redirectUri, "code");
        if (error is not null)
        {
            return Results.Content(SandboxConsentPage.Error(error), "text/html", Encoding.UTF8, StatusCodes.Status400BadRequest);
        }

        var state = form["state"].ToString();
        if (form["decision"] != "approve")
        {
            return Results.Redirect(QueryHelpers.AddQueryString(redirectUri, new Dictionary<string, string?> { ["error"] = "access_denied", ["state"] = state }));
        }

        var services = context.RequestServices;
        var realmId = await SandboxAdminEndpoints.ResolveCompanyAsync(services, form["company"].ToString(), cancellationToken);
        if (realmId is null)
        {
            return Results.Content(SandboxConsentPage.Error("Choose a company."), "text/html", Encoding.UTF8, StatusCodes.Status400BadRequest);
        }

        var code = await services.GetRequiredService<SandboxTokenService>().CreateCodeAsync(realmId, redirectUri, cancellationToken);
        return Results.Redirect(QueryHelpers.AddQueryString(redirectUri, new Dictionary<string, string?> { ["code"] = code, ["state"] = state, ["realmId"] = realmId }));
    }

    private static async Task<IResult> TokenAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var tokens = context.RequestServices.GetRequiredService<SandboxTokenService>();
        if (!context.Request.HasFormContentType)
        {
            return OAuthError(SandboxOAuthError.InvalidRequest("The body must be application/x-www-form-urlencoded."));
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        if (!Authenticate(context, form, tokens))
        {
            return OAuthError(SandboxOAuthError.InvalidClient());
        }

        try
        {
            var issued = form["grant_type"].ToString() switch
            {
                "authorization_code" => await tokens.ExchangeCodeAsync(form["code"].ToString(), form["redirect_uri"].FirstOrDefault(), cancellationToken),
                "refresh_token" => await tokens.RefreshAsync(form["refresh_token"].ToString(), cancellationToken),
                _ => throw new SandboxOAuthError(400, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token."),
            };
            context.Response.Headers.CacheControl = "no-store";
            return Results.Content(new JsonObject
            {
                ["token_type"] = "bearer",
                ["access_token"] = issued.AccessToken,
                ["refresh_token"] = issued.RefreshToken,
                ["expires_in"] = issued.ExpiresIn,
                ["x_refresh_token_expires_in"] = issued.RefreshExpiresIn,
            }.ToJsonString(), "application/json", Encoding.UTF8);
        }
        catch (SandboxOAuthError error)
        {
            return OAuthError(error);
        }
    }

    private static async Task<IResult> RevokeAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var tokens = context.RequestServices.GetRequiredService<SandboxTokenService>();
        string? token;
        IFormCollection? form = null;
        if (context.Request.HasFormContentType)
        {
            form = await context.Request.ReadFormAsync(cancellationToken);
            token = form["token"];
        }
        else
        {
            // Intuit documents a JSON body; many clients send a form. Both are accepted.
            token = (await JsonNode.ParseAsync(context.Request.Body, cancellationToken: cancellationToken))?["token"]?.GetValue<string>();
        }

        if (!Authenticate(context, form, tokens))
        {
            return OAuthError(SandboxOAuthError.InvalidClient());
        }

        if (string.IsNullOrEmpty(token))
        {
            return OAuthError(SandboxOAuthError.InvalidRequest("token is required."));
        }

        await tokens.RevokeAsync(token, cancellationToken);
        return Results.Ok();
    }

    private static bool Authenticate(HttpContext context, IFormCollection? form, SandboxTokenService tokens)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
                var colon = decoded.IndexOf(':', StringComparison.Ordinal);
                return colon > 0 && tokens.IsClient(Uri.UnescapeDataString(decoded[..colon]), Uri.UnescapeDataString(decoded[(colon + 1)..]));
            }
            catch (FormatException)
            {
                return false;
            }
        }

        return form is not null && tokens.IsClient(form["client_id"], form["client_secret"]);
    }

    private static string? CheckAuthorizeRequest(HttpContext context, string? clientId, string? redirectUri, string? responseType)
    {
        var expected = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SandboxOptions>>().Value.ClientId;
        if (!string.Equals(clientId, expected, StringComparison.Ordinal))
        {
            return "Unknown client_id.";
        }

        if (!Uri.TryCreate(redirectUri, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return "redirect_uri must be an absolute http or https URL.";
        }

        return responseType == "code" ? null : "response_type must be code.";
    }

    private static IResult OAuthError(SandboxOAuthError error) => Results.Content(
        new JsonObject { ["error"] = error.Error, ["error_description"] = error.Message }.ToJsonString(), "application/json", Encoding.UTF8, error.Status);
}
