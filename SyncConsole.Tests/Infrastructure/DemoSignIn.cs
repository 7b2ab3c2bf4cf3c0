using System.Text.RegularExpressions;

namespace SyncConsole.Tests.Infrastructure;

/// <summary>Signs in through the real demo sign-in form over HTTP and returns the session cookie.</summary>
internal static partial class DemoSignIn
{
    /// <remarks>The client must not handle cookies itself: the antiforgery cookie is carried here explicitly.</remarks>
    public static async Task<string> SessionCookieAsync(HttpClient client)
    {
        using var form = await client.GetAsync(new Uri("/account/signin", UriKind.Relative));
        var page = await form.Content.ReadAsStringAsync();
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        var antiforgeryCookie = form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]);
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/demo-signin", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["returnUrl"] = "/" }),
        };
        post.Headers.Add("Cookie", string.Join("; ", antiforgeryCookie));
        using var response = await client.SendAsync(post);
        var session = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("syncconsole.session=", StringComparison.Ordinal));
        return session.Split(';')[0];
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
