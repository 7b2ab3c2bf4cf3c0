using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyncConsole.Data;
using SyncConsole.QuickBooks.Auth;

namespace SyncConsole.Tests.Infrastructure;

/// <summary>
/// Reads and edits customers on the provider's side the way another QuickBooks user would: the emulator's own
/// accounting API over HTTP, with the connection's current access token.
/// </summary>
internal static class EmulatorCustomers
{
    public static async Task<JsonObject> ReadAsync(SyncConsoleAppFactory app, Uri baseUri, Guid tenantId, string externalId)
    {
        var (realm, token) = await CredentialsAsync(app, tenantId);
        var body = await SendAsync(token, () => new HttpRequestMessage(
            HttpMethod.Get, new Uri(baseUri, $"sandbox/quickbooks/v3/company/{realm}/customer/{externalId}?minorversion=75")));
        return (JsonObject)JsonNode.Parse(body)!["Customer"]!;
    }

    /// <summary>A sparse update of the given QuickBooks fields (e.g. <c>PrimaryEmailAddr</c>) at the customer's current SyncToken.</summary>
    public static async Task UpdateAsync(SyncConsoleAppFactory app, Uri baseUri, Guid tenantId, string externalId, JsonObject fields)
    {
        var current = await ReadAsync(app, baseUri, tenantId, externalId);
        var body = new JsonObject { ["Id"] = externalId, ["SyncToken"] = current["SyncToken"]!.GetValue<string>(), ["sparse"] = true };
        foreach (var (name, value) in fields)
        {
            body[name] = value?.DeepClone();
        }

        var (realm, token) = await CredentialsAsync(app, tenantId);
        await SendAsync(token, () => new HttpRequestMessage(HttpMethod.Post, new Uri(baseUri, $"sandbox/quickbooks/v3/company/{realm}/customer?minorversion=75"))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        });
    }

    /// <summary>
    /// Sends like a well-behaved client: the emulator enforces QuickBooks' per-realm throttle, which the app's own
    /// sync traffic can exhaust on a busy machine, so a 429 waits and retries (a few times, never open-ended).
    /// </summary>
    private static async Task<string> SendAsync(string token, Func<HttpRequestMessage> create)
    {
        using var http = new HttpClient();
        for (var attempt = 1; ; attempt++)
        {
            using var request = create();
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < 10)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                continue;
            }

            Assert.True(response.StatusCode == HttpStatusCode.OK, body);
            return body;
        }
    }

    private static async Task<(string RealmId, string AccessToken)> CredentialsAsync(SyncConsoleAppFactory app, Guid tenantId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SyncConsoleDbContext>>().CreateDbContextAsync();
        var connectionId = (await db.Connections.AsNoTracking().SingleAsync(c => c.TenantId == tenantId)).Id;
        var tokens = (await app.Services.GetRequiredService<IQuickBooksTokenStore>().GetAsync(connectionId, default))!;
        return (tokens.RealmId, tokens.AccessToken);
    }
}
