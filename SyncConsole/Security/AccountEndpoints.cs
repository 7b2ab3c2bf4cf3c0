using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SyncConsole.Demo;

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

    private static async Task<IResult> SignOutAsync(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.LocalRedirect("~" + AuthenticationHostingExtensions.SignInPath);
    }

    // Only app-relative paths: an absolute or protocol-relative return URL would be an open redirect.
    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
