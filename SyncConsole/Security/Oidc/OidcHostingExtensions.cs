using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OAuth;
using SyncConsole.Hosting;

namespace SyncConsole.Security.Oidc;

internal static class OidcHostingExtensions
{
    /// <summary>
    /// Validates <c>Auth:Oidc</c> (an authority is required unless demo mode is on) and, when one is configured,
    /// adds the <c>oidc</c> sign-in scheme that signs into the console's session cookie.
    /// </summary>
    public static AuthenticationBuilder AddOidcSignIn(this AuthenticationBuilder authentication, IHostApplicationBuilder builder)
    {
        var oidc = builder.AddValidatedOptions<OidcOptions, OidcOptionsValidator>(
            OidcOptions.SectionName, (o, configuration) => o.DemoMode = configuration.GetValue<bool>("Demo:Enabled"));
        if (!oidc.Enabled)
        {
            return authentication;
        }

        builder.Services.AddHttpClient(nameof(OidcMetadata));
        builder.Services.AddSingleton<OidcMetadata>();
        builder.Services.AddSingleton<OidcIdTokenValidator>();
        builder.Services.AddSingleton<OidcUserMapper>();
        return authentication.AddOAuth<OAuthOptions, OidcAuthenticationHandler>(OidcAuthenticationHandler.SchemeName, oidc.DisplayName, o =>
        {
            o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            o.ClientId = oidc.ClientId!;
            o.ClientSecret = oidc.ClientSecret!;
            o.CallbackPath = oidc.CallbackPath;
            o.AuthorizationEndpoint = OidcAuthenticationHandler.PlaceholderEndpoint;
            o.TokenEndpoint = OidcAuthenticationHandler.PlaceholderEndpoint;
            o.UsePkce = true;
            o.Scope.Clear();
            foreach (var scope in oidc.EffectiveScopes)
            {
                o.Scope.Add(scope);
            }

            // The provider's redirect back is a top-level GET: Lax is enough, and unlike None it works on plain http.
            o.CorrelationCookie.SameSite = SameSiteMode.Lax;
            o.Events.OnRemoteFailure = context =>
            {
                // Back to the sign-in page with the reason, instead of the framework's bare 500.
                var reason = context.Failure?.Message ?? "Sign-in failed.";
                context.Response.Redirect($"{context.Request.PathBase}{AuthenticationHostingExtensions.SignInPath}?error={Uri.EscapeDataString(reason)}");
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }
}
