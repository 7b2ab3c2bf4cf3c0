using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Data;
using SyncConsole.Integrations;
using SyncConsole.QuickBooks.Webhooks;
using SyncConsole.Sync;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Endpoints;

[Trait("Category", TestCategories.Integration)]
public sealed class QuickBooksWebhookEndpointTests : IAsyncLifetime
{
    private const string Path = "/api/integrations/quickbooks/webhooks/quickbooks";
    private const string Verifier = "demo-webhook-verifier";
    private const string Realm = "4620816365";
    private static readonly Guid Tenant = Guid.NewGuid();
    private TestDatabase database = default!;
    private SyncConsoleAppFactory app = default!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        app = new SyncConsoleAppFactory(database);
        await using var db = await app.CreateDbContextAsync();
        db.Connections.Add(new ConnectionRow { Id = "conn-1", TenantId = Tenant, IntegrationId = "quickbooks", Status = ConnectionStatuses.Connected, ExternalAccountId = Realm });
        db.SyncStates.Add(new SyncStateRow
        {
            StateId = "s-1",
            TenantId = Tenant,
            ConnectionId = "conn-1",
            EntityType = "customer",
            InternalId = "c-1",
            ExternalId = "58",
            InternalVersion = 1,
            ExternalVersion = 1,
            SyncedInternalVersion = 1,
            SyncedExternalVersion = 1,
            Status = "synced",
        });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        database.Dispose();
    }

    [Fact]
    public async Task Post_BadSignature_Is401AndRecordsNothing()
    {
        var body = Legacy(("Customer", "58", "Update", "2026-11-21T10:00:00-0700"));

        using var response = await PostAsync(body, signature: QuickBooksWebhookSignature.Compute(Encoding.UTF8.GetBytes(body), "wrong-token"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await using var db = await app.CreateDbContextAsync();
        Assert.Equal(0, await db.WebhookEvents.CountAsync());
        Assert.Equal(1, (await db.SyncStates.SingleAsync()).ExternalVersion);
    }

    [Fact]
    public async Task Post_SameEventTwice_IsAcceptedTwiceAndAppliedOnce()
    {
        var body = Legacy(("Customer", "58", "Update", "2026-11-21T10:00:00-0700"));

        using var first = await PostAsync(body);
        using var second = await PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applied").GetInt32());
        Assert.Equal(0, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applied").GetInt32());
        await using var db = await app.CreateDbContextAsync();
        var state = await db.SyncStates.SingleAsync();
        Assert.Equal(2, state.ExternalVersion);
        Assert.Equal("pending_inbound", state.Status);
    }

    [Fact]
    public async Task Post_SameEventTwiceInOneDelivery_IsAppliedOnce()
    {
        var body = Legacy(("Customer", "58", "Update", "2026-11-21T10:00:00-0700"), ("Customer", "58", "Update", "2026-11-21T10:00:00-0700"));

        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = await app.CreateDbContextAsync();
        Assert.Equal(1, await db.WebhookEvents.CountAsync());
        Assert.Equal(2, (await db.SyncStates.SingleAsync()).ExternalVersion);
    }

    [Fact]
    public async Task Post_SameDeliveryEightTimesAtOnce_AllAcceptedAndAppliedOnce()
    {
        var body = Legacy(("Customer", "58", "Update", "2026-11-21T12:00:00-0700"));

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PostAsync(body)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var response in responses)
        {
            response.Dispose();
        }

        await using var db = await app.CreateDbContextAsync();
        Assert.Equal(1, await db.WebhookEvents.CountAsync());
        Assert.Equal(2, (await db.SyncStates.SingleAsync()).ExternalVersion);
    }

    [Fact]
    public async Task Post_EventsOutOfOrder_EachAppliedOnceWhateverTheOrder()
    {
        var later = Legacy(("Customer", "58", "Update", "2026-11-21T11:00:00-0700"));
        var earlier = Legacy(("Customer", "58", "Update", "2026-11-21T10:00:00-0700"));

        using var a = await PostAsync(later);
        using var b = await PostAsync(earlier);
        using var again = await PostAsync(later);

        await using var db = await app.CreateDbContextAsync();
        Assert.Equal(2, await db.WebhookEvents.CountAsync());
        Assert.Equal(3, (await db.SyncStates.SingleAsync()).ExternalVersion);
    }

    [Fact]
    public async Task Post_CloudEventsFormat_IsVerifiedAndApplied()
    {
        var body = $$$"""[{"specversion":"1.0","id":"ce-1-Customer-58","source":"intuit","type":"qbo.customer.updated.v1","time":"2026-11-21T18:00:00.123456789Z","intuitentityid":"58","intuitaccountid":"{{{Realm}}}","data":{}}]""";

        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = await app.CreateDbContextAsync();
        Assert.Equal(2, (await db.SyncStates.SingleAsync()).ExternalVersion);
    }

    [Fact]
    public async Task Post_Malformed_Is400ProblemAndRecordsNothing()
    {
        using var response = await PostAsync("{\"not\":\"a webhook\"");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = await app.CreateDbContextAsync();
        Assert.Equal(0, await db.WebhookEvents.CountAsync());
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string? signature = null)
    {
        using var client = app.CreateClient();
        var content = new StringContent(body, Encoding.UTF8, "application/json");
        content.Headers.Add(QuickBooksWebhookSignature.HeaderName, signature ?? QuickBooksWebhookSignature.Compute(Encoding.UTF8.GetBytes(body), Verifier));
        return await client.PostAsync(new Uri(Path, UriKind.Relative), content);
    }

    private static string Legacy(params (string Name, string Id, string Operation, string LastUpdated)[] entities) =>
        JsonSerializer.Serialize(new
        {
            eventNotifications = new[]
            {
                new
                {
                    realmId = Realm,
                    dataChangeEvent = new { entities = entities.Select(e => new { name = e.Name, id = e.Id, operation = e.Operation, lastUpdated = e.LastUpdated }) },
                },
            },
        });
}
