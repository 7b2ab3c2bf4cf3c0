using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace SyncConsole.Benchmarks;

/// <summary>Connects QuickBooks the way a person does: connect call, the emulator's consent form, the callback.</summary>
internal static partial class QuickBooksConnection
{
    /// <summary>Connects a new empty emulated company and returns its realm id.</summary>
    public static async Task<string> ConnectEmptyCompanyAsync(HttpClient api, Uri appBase, CancellationToken cancellationToken)
    {
        using var connect = await api.PostAsJsonAsync(
            new Uri("/api/integrations/quickbooks/connect", UriKind.Relative), new { redirect_uri = new Uri(appBase, "oauth/return") },
            cancellationToken);
        var started = await Expect(connect, HttpStatusCode.OK, cancellationToken);
        var authorizationUrl = new Uri(started.GetProperty("authorization_url").GetString()!);

        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var consent = await browser.GetStringAsync(authorizationUrl, cancellationToken);
        var fields = HiddenInput().Matches(consent).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        fields["company"] = "new:empty";
        fields["decision"] = "approve";
        var action = new Uri(authorizationUrl, WebUtility.HtmlDecode(FormAction().Match(consent).Groups[1].Value));
        using var form = new FormUrlEncodedContent(fields);
        using var approved = await browser.PostAsync(action, form, cancellationToken);
        if (approved.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The emulator's consent answered {approved.StatusCode}.");
        }

        var query = QueryHelpers.ParseQuery(approved.Headers.Location!.Query);
        var realmId = query["realmId"].ToString();
        using var callback = await api.PostAsJsonAsync(
            new Uri("/api/integrations/quickbooks/callback", UriKind.Relative),
            new { code = query["code"].ToString(), state = query["state"].ToString(), realm_id = realmId }, cancellationToken);
        await Expect(callback, HttpStatusCode.Created, cancellationToken);
        return realmId;
    }

    public static async Task<JsonElement> Expect(HttpResponseMessage response, HttpStatusCode status, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != status)
        {
            throw new InvalidOperationException(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, expected {(int)status}: {body}");
        }

        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\">")]
    private static partial Regex FormAction();
}
