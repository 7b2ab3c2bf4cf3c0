using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace SyncConsole.Tests.Infrastructure;

/// <summary>
/// Connects QuickBooks the way a person does, over real HTTP: the API's connect call, the emulator's consent form
/// (company picker and approve button, no JavaScript), the redirect with code, state and realmId, the API's callback.
/// </summary>
internal static partial class QuickBooksConnector
{
    public sealed record Connected(string RealmId, JsonElement Connection);

    public static async Task<Connected> ConnectAsync(HttpClient api, Uri appBase, string company = "new:demo")
    {
        var redirect = new Uri(appBase, "oauth/return");
        using var connect = await api.PostAsJsonAsync(new Uri("/api/integrations/quickbooks/connect", UriKind.Relative), new { redirect_uri = redirect });
        Assert.Equal(HttpStatusCode.OK, connect.StatusCode);
        var authorizationUrl = new Uri((await connect.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("authorization_url").GetString()!);

        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var consent = await browser.GetStringAsync(authorizationUrl);
        var fields = HiddenInput().Matches(consent).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        fields["company"] = company;
        fields["decision"] = "approve";
        var action = new Uri(authorizationUrl, WebUtility.HtmlDecode(FormAction().Match(consent).Groups[1].Value));
        using var approved = await browser.PostAsync(action, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var query = QueryHelpers.ParseQuery(approved.Headers.Location!.Query);

        using var callback = await api.PostAsJsonAsync(
            new Uri("/api/integrations/quickbooks/callback", UriKind.Relative),
            new { code = query["code"].ToString(), state = query["state"].ToString(), realm_id = query["realmId"].ToString() });
        var body = await callback.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(callback.StatusCode == HttpStatusCode.Created, body.ToString());
        return new Connected(query["realmId"].ToString(), body);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\">")]
    private static partial Regex FormAction();
}
