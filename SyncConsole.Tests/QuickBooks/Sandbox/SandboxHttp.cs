using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace SyncConsole.Tests.QuickBooks.Sandbox;

/// <summary>Raw calls to the emulated API, as any QuickBooks client would make them.</summary>
internal static class SandboxHttp
{
    public static async Task<(HttpStatusCode Status, JsonObject Body)> SendAsync(
        SandboxServer server, CreatedRealm realm, HttpMethod method, string pathAndQuery, object? body = null, string? token = null)
    {
        using var request = new HttpRequestMessage(method, $"v3/company/{realm.RealmId}/{pathAndQuery}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? realm.AccessToken);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null)
        {
            var json = body is JsonNode node ? node.ToJsonString() : System.Text.Json.JsonSerializer.Serialize(body);
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await server.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.False(string.IsNullOrEmpty(text), $"HTTP {(int)response.StatusCode} without a body for {method} {pathAndQuery}");
        return (response.StatusCode, (JsonObject)JsonNode.Parse(text)!);
    }

    public static Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(SandboxServer server, CreatedRealm realm, string pathAndQuery, object body) =>
        SendAsync(server, realm, HttpMethod.Post, pathAndQuery, body);

    public static Task<(HttpStatusCode Status, JsonObject Body)> QueryAsync(SandboxServer server, CreatedRealm realm, string query) =>
        SendAsync(server, realm, HttpMethod.Get, "query?minorversion=75&query=" + Uri.EscapeDataString(query));

    public static string? FaultCode(JsonObject body) => body["Fault"]?["Error"]?[0]?["code"]?.GetValue<string>();

    public static async Task<string> CreateIdAsync(SandboxServer server, CreatedRealm realm, string entity, object body)
    {
        var (status, json) = await PostAsync(server, realm, entity.ToLowerInvariant(), body);
        Assert.True(status == HttpStatusCode.OK, json.ToJsonString());
        return json[entity]!["Id"]!.GetValue<string>();
    }
}
