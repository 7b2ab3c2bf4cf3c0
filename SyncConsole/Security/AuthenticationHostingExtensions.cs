using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using SyncConsole.Hosting;
using SyncConsole.Security.DataProtection;
using SyncConsole.Security.Embedding;
using SyncConsole.Security.Jwt;
using SyncConsole.Security.Oidc;

namespace SyncConsole.Security;

internal static class AuthenticationHostingExtensions
{
    public const string SignInPath = "/account/signin";

    // Picks the scheme by path: the REST API and the hub take bearer tokens only (no ambient cookie, so no CSRF),
    // the console takes its session cookie. One set of role policies then covers all three.
    private const string ByPathScheme = "by-path";
    private const string SessionCookieName = "syncconsole.session";

    public static void AddSyncAuthentication(this IHostApplicationBuilder builder)
    {
        var jwt = builder.AddValidatedOptions<JwtOptions, JwtOptionsValidator>(JwtOptions.SectionName);
        builder.Services.AddSingleton<TokenIssuer>();
        builder.Services.AddDataProtection().SetApplicationName("SyncConsole");
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = ActivatorUtilities.CreateInstance<DatabaseXmlRepository>(sp)));

        builder.Services
            .AddAuthentication(ByPathScheme)
            .AddPolicyScheme(ByPathScheme, "Bearer for /api and /hubs, embedded session for /embed, cookie elsewhere",
                o => o.ForwardDefaultSelector = SchemeFor)
            .AddCookie(o =>
            {
                o.LoginPath = SignInPath;
                o.Cookie.Name = SessionCookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
            })
            .AddJwtBearer(o =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt.Issuer,
                    ValidAudience = jwt.Audience,
                    IssuerSigningKeys = TokenIssuer.SigningKeys(jwt),
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    NameClaimType = "sub",
                    RoleClaimType = SyncConsoleClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                // WebSockets cannot carry an Authorization header: the hub takes the token from the query string.
                o.Events = new JwtBearerEvents
                {
                    OnMessageReceived = context =>
                    {
                        if (context.HttpContext.Request.Path.StartsWithSegments("/hubs")
                            && context.Request.Query.TryGetValue("access_token", out var token))
                        {
                            context.Token = token;
                        }

                        return Task.CompletedTask;
                    },
                };
            })
            .AddOidcSignIn(builder)
            .AddEmbedding(builder);
        builder.Services.AddAuthorization(SyncConsolePolicies.Add);
        builder.Services.AddCascadingAuthenticationState();
    }

    private static string SchemeFor(HttpContext http)
    {
        var path = http.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs"))
        {
            return JwtBearerDefaults.AuthenticationScheme;
        }

        if (path.StartsWithSegments(EmbedRoutes.Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return EmbedSession.Scheme;
        }

        // An embedded page's circuit connects to /_blazor, not /embed: it runs as the embedded session when the
        // console's own cookie is absent, which it always is in a cross-site frame (that cookie is SameSite=Lax).
        var cookies = http.Request.Cookies;
        return path.StartsWithSegments("/_blazor") && !cookies.ContainsKey(SessionCookieName) && cookies.ContainsKey(EmbedSession.CookieName)
            ? EmbedSession.Scheme
            : CookieAuthenticationDefaults.AuthenticationScheme;
    }
}
