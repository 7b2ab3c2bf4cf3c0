using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using SyncConsole.Security.DataProtection;

namespace SyncConsole.Security;

internal static class ConsoleAuthenticationExtensions
{
    public const string SignInPath = "/account/signin";

    /// <summary>Cookie sessions for the console. Sign-in providers (demo now, OpenID Connect later) issue the cookie.</summary>
    public static void AddConsoleAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddDataProtection().SetApplicationName("SyncConsole");
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = ActivatorUtilities.CreateInstance<DatabaseXmlRepository>(sp)));
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
