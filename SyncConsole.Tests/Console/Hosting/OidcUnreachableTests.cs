using System.Net;
using System.Text.RegularExpressions;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Hosting;

/// <summary>Sign-in while the OpenID provider is down: back to the sign-in page with the reason, not a 500.</summary>
[Trait("Category", TestCategories.Integration)]
public sealed partial class OidcUnreachableTests() : AppTest(settings: new Dictionary<string, string?>
{
    ["Demo:Enabled"] = "false",
    // Nothing listens on port 9 (discard) on loopback.
    ["Auth:Oidc:Authority"] = "http://127.0.0.1:9",
    ["Auth:Oidc:RequireHttpsMetadata"] = "false",
    ["Auth:Oidc:ClientId"] = "syncconsole",
    ["Auth:Oidc:ClientSecret"] = "secret",
})
{
    [Fact]
    public async Task OidcSignIn_ProviderUnreachable_RedirectsToSignInWithTheReason()
    {
        using var client = App.CreateClient(new() { AllowAutoRedirect = false });
        using var form = await client.GetAsync(new Uri("/account/signin", UriKind.Relative));
        var token = AntiforgeryToken().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/oidc-signin", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["returnUrl"] = "/" }),
        };
        post.Headers.Add("Cookie", string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));

        using var response = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/signin?error=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("cannot be reached", Uri.UnescapeDataString(response.Headers.Location.OriginalString), StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
