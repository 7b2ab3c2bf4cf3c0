using Microsoft.AspNetCore.Authentication.Cookies;

namespace SyncConsole.Security;

internal static class ConsoleAuthenticationExtensions
{
    public const string SignInPath = "/account/signin";

    /// <summary>Cookie sessions for the console. Sign-in providers (demo now, OpenID Connect later) issue the cookie.</summary>
    public static void AddConsoleAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services
            .AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = SignInPath;
                o.Cookie.Name = "syncconsole.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
            });
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
    }
}
