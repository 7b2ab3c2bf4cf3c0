using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Options;

namespace SyncConsole.Security.Embedding;

/// <summary>
/// Framing rules on every response, and the embed token exchange. <c>/embed</c> pages may be framed by the console
/// itself and by Embedding:AllowedOrigins (CSP frame-ancestors); every other response may not be framed at all
/// (frame-ancestors 'none' and X-Frame-Options DENY). <c>/embed/...?embed_token=...</c> redeems the token once for
/// an embedded session cookie and redirects to the same page without the token (so it is not left in history).
/// </summary>
internal sealed class EmbeddingMiddleware(RequestDelegate next, EmbedTokens tokens, IOptions<EmbeddingOptions> options, TimeProvider time)
{
    public const string TokenParameter = "embed_token";

    private readonly string embedAncestors = string.Join(' ', ["'self'", .. options.Value.AllowedOrigins]);

    public async Task InvokeAsync(HttpContext http)
    {
        var embedded = http.Request.Path.StartsWithSegments(EmbedRoutes.Prefix, StringComparison.OrdinalIgnoreCase);
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            if (embedded)
            {
                headers.ContentSecurityPolicy = $"frame-ancestors {embedAncestors}";
            }
            else
            {
                headers.ContentSecurityPolicy = "frame-ancestors 'none'";
                headers.XFrameOptions = "DENY";
            }

            return Task.CompletedTask;
        });

        if (embedded && http.Request.Query.TryGetValue(TokenParameter, out var token))
        {
            await ExchangeAsync(http, token.ToString());
            return;
        }

        await next(http);
    }

    private async Task ExchangeAsync(HttpContext http, string token)
    {
        var (user, refusal) = await tokens.RedeemAsync(token, http.Request.Path, http.RequestAborted);
        if (user is null)
        {
            await EmbedSession.RefuseAsync(http.Response, StatusCodes.Status401Unauthorized, refusal!);
            return;
        }

        await http.SignInAsync(EmbedSession.Scheme, user, new AuthenticationProperties
        {
            ExpiresUtc = time.GetUtcNow() + options.Value.SessionLifetime,
            AllowRefresh = false,
        });
        var query = new QueryBuilder(http.Request.Query.Where(p => p.Key != TokenParameter).SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v ?? ""))));
        http.Response.StatusCode = StatusCodes.Status303SeeOther;
        http.Response.Headers.Location = $"{http.Request.PathBase}{http.Request.Path}{query.ToQueryString()}";
    }
}
