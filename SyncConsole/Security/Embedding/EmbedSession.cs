using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace SyncConsole.Security.Embedding;

/// <summary>
/// The embedded session: a cookie scheme of its own, so that it works inside another site's iframe
/// (SameSite=None; Secure; Partitioned) while the console's own session cookie stays SameSite=Lax.
/// </summary>
internal static class EmbedSession
{
    public const string Scheme = "embed";
    public const string CookieName = "syncconsole.embed";

    public static AuthenticationBuilder AddEmbedSession(this AuthenticationBuilder authentication, EmbeddingOptions embedding) =>
        authentication.AddCookie(Scheme, o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            // A cookie set inside a cross-site iframe is stored and sent back only with SameSite=None, which browsers
            // accept only with Secure (Chromium also accepts Secure on http://localhost and 127.0.0.1). Partitioned
            // (CHIPS) keeps it in a jar per top-level site, which browsers allow even when they block third-party cookies.
            o.Cookie.SameSite = SameSiteMode.None;
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.Extensions.Add("Partitioned");
            o.ExpireTimeSpan = embedding.SessionLifetime;
            o.SlidingExpiration = false;
            o.Events = new CookieAuthenticationEvents
            {
                // No sign-in page inside a frame: an embedded page without a session is refused outright.
                OnRedirectToLogin = context => RefuseAsync(context.Response, StatusCodes.Status401Unauthorized,
                    "This embedded page needs an embed link: the host application gets one from POST /api/embed-tokens."),
                OnRedirectToAccessDenied = context => RefuseAsync(context.Response, StatusCodes.Status403Forbidden,
                    "This embedded session may not open this page."),
            };
        });

    public static Task RefuseAsync(HttpResponse response, int status, string reason)
    {
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        return response.WriteAsync(reason);
    }
}
