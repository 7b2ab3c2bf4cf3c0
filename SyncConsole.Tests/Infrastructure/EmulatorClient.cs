using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyncConsole.QuickBooks.Auth;

namespace SyncConsole.Tests.Infrastructure;

/// <summary>
/// Works on the provider's side the way a person in QuickBooks (or another app) would: over the emulator's public
/// v3 API with the connection's own access token, never through SyncConsole's adapter.
/// </summary>
internal sealed class EmulatorClient : IDisposable
{
    private readonly HttpClient http;
    private readonly string realmId;

    private EmulatorClient(Uri appBase, string realmId, string accessToken)
    {
        this.realmId = realmId;
        http = new HttpClient { BaseAddress = new Uri(appBase, $"sandbox/quickbooks/v3/company/{realmId}/") };
        http.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        http.DefaultRequestHeaders.Accept.Add(new("application/json"));
    }

    /// <summary>A client for the tenant's one connection, with the access token SyncConsole stored for it.</summary>
    public static async Task<EmulatorClient> ForTenantAsync(SyncConsoleAppFactory app, Uri appBase, Guid tenantId)
    {
        await using var db = await app.CreateDbContextAsync();
        var connection = await db.Connections.AsNoTracking().SingleAsync(c => c.TenantId == tenantId);
        var tokens = (await app.Services.GetRequiredService<IQuickBooksTokenStore>().GetAsync(connection.Id, default))!;
        return new EmulatorClient(appBase, tokens.RealmId, tokens.AccessToken);
    }

    public async Task<List<JsonObject>> QueryAsync(string entity, string? where = null)
    {
        var text = $"select * from {entity}{(where is null ? "" : $" where {where}")} maxresults 1000";
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, new Uri($"query?query={Uri.EscapeDataString(text)}", UriKind.Relative)));
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        var rows = body!["QueryResponse"]![entity] as JsonArray ?? [];
        return [.. rows.Select(r => r!.AsObject())];
    }

    /// <summary>The entity, or null when QuickBooks no longer has it (hard-deleted transactions).</summary>
    public async Task<JsonObject?> FindAsync(string entity, string id)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, new Uri($"{entity.ToLowerInvariant()}/{id}", UriKind.Relative)));
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        return (await response.Content.ReadFromJsonAsync<JsonObject>())![entity]!.AsObject();
    }

    public Task<JsonObject> CreateAsync(string entity, JsonObject body) => WriteAsync(entity, body, "");

    /// <summary>A sparse update of the given fields on the entity's current SyncToken.</summary>
    public async Task<JsonObject> UpdateAsync(string entity, string id, JsonObject fields)
    {
        var current = (await FindAsync(entity, id))!;
        fields["Id"] = id;
        fields["SyncToken"] = current["SyncToken"]!.DeepClone();
        fields["sparse"] = true;
        return await WriteAsync(entity, fields, "");
    }

    /// <summary>QuickBooks' delete: transactions are hard-deleted, name-list entities made inactive.</summary>
    public async Task DeleteAsync(string entity, string id, bool nameList)
    {
        if (nameList)
        {
            await UpdateAsync(entity, id, new JsonObject { ["Active"] = false });
            return;
        }

        var current = (await FindAsync(entity, id))!;
        await WriteAsync(entity, new JsonObject { ["Id"] = id, ["SyncToken"] = current["SyncToken"]!.DeepClone() }, "?operation=delete");
    }

    public void Dispose() => http.Dispose();

    // The emulator throttles this client like QuickBooks does (10 requests a second per realm, shared with the
    // app's own sync), so a 429 waits and tries again, a bounded number of times.
    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> request)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var message = request();
            var response = await http.SendAsync(message);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt == 20)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }

    private async Task<JsonObject> WriteAsync(string entity, JsonObject body, string query)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Post, new Uri($"{entity.ToLowerInvariant()}{query}", UriKind.Relative))
        {
            Content = JsonContent.Create(body),
        });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{entity} write in realm {realmId} failed: {text}");
        var root = JsonNode.Parse(text)!.AsObject();
        return root[entity] is JsonObject written ? written : root;
    }
}
