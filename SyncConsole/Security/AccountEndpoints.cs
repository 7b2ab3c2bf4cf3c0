using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SyncConsole.Demo;
using SyncConsole.Security.Oidc;

namespace SyncConsole.Security;

/// <summary>Sign-in and sign-out for the console (HTML form posts, antiforgery-checked).</summary>
internal static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription();
        account.MapPost("/signout", (Delegate)SignOutAsync).RequireAuthorization();
        if (app.ServiceProvider.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled)
        {
            account.MapPost("/demo-signin", DemoSignInAsync).AllowAnonymous();
        }

        if (app.ServiceProvider.GetRequiredService<IOptions<OidcOptions>>().Value.Enabled)
        {
            account.MapPost("/oidc-signin", OidcSignIn).AllowAnonymous();
        }

        return app;
    }

    private static async Task<IResult> DemoSignInAsync(
        HttpContext http, IOptions<DemoOptions> demo, [FromForm(Name = "returnUrl")] string? returnUrl)
    {
        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, "demo-user"),
            new(SyncConsoleClaims.Name, "Demo user"),
            new(SyncConsoleClaims.TenantId, demo.Value.TenantId.ToString()),
            .. SyncConsoleClaims.AllRoles.Select(role => new Claim(SyncConsoleClaims.Role, role)),
        ];
        var identity = new ClaimsIdentity(claims, "demo", SyncConsoleClaims.Name, SyncConsoleClaims.Role);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return TypedResults.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "~/");
    }

    private static ChallengeHttpResult OidcSignIn([FromForm(Name = "returnUrl")] string? returnUrl) =>
        TypedResults.Challenge(
            new AuthenticationProperties { RedirectUri = IsLocal(returnUrl) ? returnUrl : "/" },
            [OidcAuthenticationHandler.SchemeName]);

    private static async Task<IResult> SignOutAsync(HttpContext http)
    {
        var fromProvider = http.User.FindFirstValue(OidcUserMapper.IdentityProviderClaim) == OidcUserMapper.AuthenticationType;
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        var signInPage = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{AuthenticationHostingExtensions.SignInPath}";
        if (fromProvider && await ProviderSignOutUrlAsync(http, signInPage) is { } providerSignOut)
        {
            // RP-initiated logout: end the provider's session too, or the next sign-in would pass straight through.
            return TypedResults.Redirect(providerSignOut);
        }

        return TypedResults.LocalRedirect("~" + AuthenticationHostingExtensions.SignInPath);
    }

    private static async Task<string?> ProviderSignOutUrlAsync(HttpContext http, string postLogoutRedirect)
    {
        var oidc = http.RequestServices.GetRequiredService<IOptions<OidcOptions>>().Value;
        var metadata = http.RequestServices.GetService<OidcMetadata>();
        if (!oidc.Enabled || metadata is null)
        {
            return null;
        }

        string? endSession;
        try
        {
            endSession = (await metadata.GetAsync(http.RequestAborted)).EndSessionEndpoint;
        }
        catch (InvalidOperationException)
        {
            // The provider is unreachable: the console session is gone anyway.
            return null;
        }

        return string.IsNullOrEmpty(endSession)
            ? null
            : $"{endSession}{(endSession.Contains('?', StringComparison.Ordinal) ? '&' : '?')}client_id={Uri.EscapeDataString(oidc.ClientId!)}"
              + $"&post_logout_redirect_uri={Uri.EscapeDataString(postLogoutRedirect)}";
    }

    // Only app-relative paths: an absolute or protocol-relative return URL would be an open redirect.
    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
