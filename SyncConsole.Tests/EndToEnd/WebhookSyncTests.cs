using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Data;
using SyncConsole.QuickBooks.Webhooks;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.EndToEnd;

/// <summary>
/// Provider webhooks end to end on PostgreSQL: QuickBooks' own deliveries plus duplicated, reordered and forged ones;
/// the sync that follows applies the latest provider state once.
/// </summary>
[Trait("Category", TestCategories.Postgres)]
public sealed class WebhookSyncTests() : AppTest(DatabaseProvider.Postgres, loopback: true)
{
    private const string WebhookPath = "/api/integrations/quickbooks/webhooks/quickbooks";
    private readonly Guid tenant = Guid.NewGuid();

    [Fact]
    public async Task Webhooks_DuplicatedReorderedAndForged_AreAppliedOnceAndTheForgeryRefused()
    {
        using var api = App.CreateApiClient(tenant, "operator", "viewer");
        var realm = (await QuickBooksConnector.ConnectAsync(api, BaseUri, company: "new:empty")).RealmId;
        var id = Guid.NewGuid().ToString("D");
        using var put = await api.PutAsJsonAsync(
            new Uri($"/api/records/customer/{id}", UriKind.Relative), new { display_name = $"Webhooked {id[..8]}", notes = "Original", active = true });
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        await SyncApi.SyncUntilRestAsync(api);
        var externalId = await SyncApi.ExternalIdAsync(api, "customer", id);
        using var qbo = await EmulatorClient.ForTenantAsync(App, BaseUri, tenant);
        var eventsBefore = await WebhookEventCountAsync(realm);
        var first = await qbo.UpdateAsync("Customer", externalId, new JsonObject { ["Notes"] = "First edit" });
        var second = await qbo.UpdateAsync("Customer", externalId, new JsonObject { ["Notes"] = "Second edit" });

        // The second edit's event twice, then the first edit's event late; and one delivery with a forged signature.
        var later = Delivery(realm, externalId, LastUpdated(second));
        var earlier = Delivery(realm, externalId, LastUpdated(first));
        foreach (var body in new[] { later, later, earlier })
        {
            using var accepted = await PostWebhookAsync(body, Sign(body));
            Assert.True(accepted.StatusCode == HttpStatusCode.OK, $"{accepted.StatusCode}: {await accepted.Content.ReadAsStringAsync()}");
        }

        var forged = Delivery(realm, externalId, "2026-12-01T00:00:00-08:00");
        using var refused = await PostWebhookAsync(forged, Sign(forged, "not-the-verifier"));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        // QuickBooks delivers its own notifications of the two edits too (the same events, whenever they arrive).
        await Eventually.ReturnsAsync(() => WebhookEventCountAsync(realm), n => n >= eventsBefore + 2, TimeSpan.FromSeconds(30), "the webhooks");

        var job = await SyncApi.SyncAsync(api, "incremental");

        Assert.Equal(1, SyncJobRunner.Count(job, "customer", "updated"));
        Assert.Equal(0, SyncJobRunner.Count(job, "customer", "conflicts"));
        Assert.Equal("Second edit", (await SyncApi.GetRecordAsync(api, "customer", id)).GetProperty("notes").GetString());
        await SyncApi.SyncUntilRestAsync(api);
        var events = await WebhookEventCountAsync(realm);
        foreach (var body in new[] { later, earlier })
        {
            using var again = await PostWebhookAsync(body, Sign(body));
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        Assert.Equal(events, await WebhookEventCountAsync(realm));
        var rest = await SyncApi.SyncAsync(api, "incremental");
        Assert.Equal(0, SyncJobRunner.Count(rest, "customer", "updated"));
    }

    private static string LastUpdated(JsonObject entity) => entity["MetaData"]!["LastUpdatedTime"]!.GetValue<string>();

    private static string Delivery(string realm, string externalId, string lastUpdated) =>
        JsonSerializer.Serialize(new
        {
            eventNotifications = new[]
            {
                new
                {
                    realmId = realm,
                    dataChangeEvent = new { entities = new[] { new { name = "Customer", id = externalId, operation = "Update", lastUpdated } } },
                },
            },
        });

    private static string Sign(string body, string verifier = SyncConsoleAppFactory.WebhookVerifier) =>
        QuickBooksWebhookSignature.Compute(Encoding.UTF8.GetBytes(body), verifier);

    private async Task<HttpResponseMessage> PostWebhookAsync(string body, string signature)
    {
        using var client = new HttpClient { BaseAddress = BaseUri };
        var content = new StringContent(body, Encoding.UTF8, "application/json");
        content.Headers.Add(QuickBooksWebhookSignature.HeaderName, signature);
        return await client.PostAsync(new Uri(WebhookPath, UriKind.Relative), content);
    }

    private async Task<int> WebhookEventCountAsync(string realm)
    {
        await using var db = await App.CreateDbContextAsync();
        return await db.WebhookEvents.CountAsync(e => e.ExternalAccountId == realm);
    }
}
