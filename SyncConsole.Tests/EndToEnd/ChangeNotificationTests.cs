using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyncConsole.Notifications;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.EndToEnd;

/// <summary>
/// Inbound changes from a real QuickBooks sync are posted to the application's endpoint (a real HTTP server on
/// 127.0.0.1), signed, retried with backoff while it answers 503, and replayable.
/// </summary>
[Trait("Category", TestCategories.Integration)]
public sealed class ChangeNotificationTests() : AppTest(loopback: true, settings: new Dictionary<string, string?>
{
    // The schedule shortened for the test (production: 1 m ... 10 h, over 24 h in all), still growing.
    ["Notifications:RetrySchedule:0"] = "00:00:00.300",
    ["Notifications:RetrySchedule:1"] = "00:00:00.600",
    ["Notifications:RetrySchedule:2"] = "00:00:01.200",
    ["Notifications:IdleCheckInterval"] = "00:00:01",
})
{
    private static readonly object VendorJob = new { integration_id = "quickbooks", job_type = "entity", entity_types = new[] { "vendor" } };
    private readonly Guid tenant = Guid.NewGuid();

    [Fact]
    public async Task InboundSync_EndpointFailsTwiceThenAccepts_EachChangeDeliveredOnceSignedAfterBackoff()
    {
        await using var receiver = await NotificationReceiver.StartAsync();
        receiver.FailFirst = 2;
        using var admin = App.CreateApiClient(tenant, "admin", "operator", "viewer");
        var secret = await ConfigureEndpointAsync(admin, receiver.Url);
        await QuickBooksConnector.ConnectAsync(admin, BaseUri);

        var job = await SyncJobRunner.RunAsync(admin, VendorJob);
        var created = SyncJobRunner.Count(job, "vendor", "created");
        Assert.True(created > 0, job.ToString());

        var delivered = await Eventually.ReturnsAsync(
            () => DeliveriesAsync(admin, "delivered"), d => d.GetProperty("total").GetInt32() == created, TimeSpan.FromSeconds(60), "every notification delivered");
        var requests = receiver.Requests.ToList();
        var byEvent = requests.GroupBy(r => r.EventId!).ToList();
        Assert.Equal(created, byEvent.Count);
        foreach (var attempts in byEvent)
        {
            Assert.Equal([503, 503, 200], attempts.Select(a => a.StatusCode));
            Assert.All(attempts, a => Assert.True(SignatureMatches(a, secret), $"bad signature {a.Signature}"));
            Assert.All(attempts, a => Assert.False(SignatureMatches(a, "whsec_wrong"), "a wrong secret verified"));
            var at = attempts.Select(a => a.At).ToList();
            Assert.True(at[1] - at[0] >= TimeSpan.FromMilliseconds(250), $"first retry after {at[1] - at[0]}");
            Assert.True(at[2] - at[1] >= TimeSpan.FromMilliseconds(550), $"second retry after {at[2] - at[1]}");
            using var body = JsonDocument.Parse(attempts.First().Body);
            Assert.Equal(attempts.Key, body.RootElement.GetProperty("id").GetString());
            Assert.Equal("record.changed", body.RootElement.GetProperty("type").GetString());
            Assert.Equal("vendor", body.RootElement.GetProperty("entity_type").GetString());
            Assert.Equal("created", body.RootElement.GetProperty("operation").GetString());
            var recordId = body.RootElement.GetProperty("record_id").GetString();
            using var record = await admin.GetAsync(new Uri($"/api/records/vendor/{recordId}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, record.StatusCode);
        }

        Assert.All(delivered.GetProperty("items").EnumerateArray(), d => Assert.Equal(2, d.GetProperty("attempts").GetInt32()));
    }

    [Fact]
    public async Task Delivery_ScheduleRunsOut_IsFailedThenReplayResendsTheSameEvent()
    {
        await using var receiver = await NotificationReceiver.StartAsync();
        receiver.FailFirst = int.MaxValue;
        using var admin = App.CreateApiClient(tenant, "admin", "operator", "viewer");
        var secret = await ConfigureEndpointAsync(admin, receiver.Url);
        await QuickBooksConnector.ConnectAsync(admin, BaseUri);
        await SyncJobRunner.RunAsync(admin, VendorJob);

        var (failed, _) = await Eventually.ReturnsAsync(
            async () => (await DeliveriesAsync(admin, "failed"), await DeliveriesAsync(admin, "pending")),
            d => d.Item1.GetProperty("total").GetInt32() > 0 && d.Item2.GetProperty("total").GetInt32() == 0,
            TimeSpan.FromSeconds(60),
            "deliveries to fail");
        var id = failed.GetProperty("items")[0].GetProperty("id").GetString()!;
        Assert.Equal(4, receiver.Requests.Count(r => r.EventId == id));

        receiver.FailFirst = 0;
        using var replay = await admin.PostAsync(new Uri($"/api/notifications/deliveries/{id}/replay", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        await Eventually.ReturnsAsync(
            () => Task.FromResult(receiver.Requests.Where(r => r.EventId == id).ToList()), r => r.Count == 5, TimeSpan.FromSeconds(30), "the replay");
        var resent = receiver.Requests.Where(r => r.EventId == id).ToList();
        Assert.Equal(200, resent[^1].StatusCode);
        Assert.Equal(resent[0].Body, resent[^1].Body);
        Assert.True(SignatureMatches(resent[^1], secret));
        await Eventually.ReturnsAsync(
            () => DeliveriesAsync(admin, "delivered"), d => d.GetProperty("total").GetInt32() == 1, TimeSpan.FromSeconds(10), "the replay recorded");
    }

    [Fact]
    public async Task Replay_OlderThan14Days_Is410AndChangesNothing()
    {
        await using var receiver = await NotificationReceiver.StartAsync();
        using var admin = App.CreateApiClient(tenant, "admin", "operator", "viewer");
        await ConfigureEndpointAsync(admin, receiver.Url);
        var old = TimeProvider.System.GetUtcNow() - TimeSpan.FromDays(15);
        await using (var db = await App.CreateDbContextAsync())
        {
            db.NotificationDeliveries.Add(new NotificationDeliveryRow
            {
                Id = "old-event",
                TenantId = tenant,
                ConnectionId = "conn",
                EntityType = "vendor",
                RecordId = "v1",
                Operation = "updated",
                Version = 2,
                Payload = """{"id":"old-event"}""",
                CreatedAt = old,
                Status = NotificationStatuses.Failed,
                Attempts = 8,
                NextAttemptAt = old,
            });
            await db.SaveChangesAsync();
        }

        using var replay = await admin.PostAsync(new Uri("/api/notifications/deliveries/old-event/replay", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Gone, replay.StatusCode);
        Assert.Equal("application/problem+json", replay.Content.Headers.ContentType?.MediaType);
        var list = await DeliveriesAsync(admin, "failed");
        Assert.Equal(8, list.GetProperty("items")[0].GetProperty("attempts").GetInt32());
        Assert.Empty(receiver.Requests);
    }

    [Fact]
    public async Task Endpoint_RotateSecret_ShowsANewSecretOnceAndNeverStoresItInPlaintext()
    {
        using var admin = App.CreateApiClient(tenant, "admin");
        var first = await ConfigureEndpointAsync(admin, new Uri("https://app.example.com/hooks"));

        using var get = await admin.GetFromJsonAsync<JsonDocument>(new Uri("/api/notifications/endpoint", UriKind.Relative));
        using var rotate = await admin.PutAsJsonAsync(new Uri("/api/notifications/endpoint", UriKind.Relative),
            new { url = "https://app.example.com/hooks", enabled = true, rotate_secret = true });
        var rotated = (await rotate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
        using var bad = await admin.PutAsJsonAsync(new Uri("/api/notifications/endpoint", UriKind.Relative), new { url = "ftp://x", enabled = (bool?)null });

        Assert.Equal(JsonValueKind.Null, get!.RootElement.GetProperty("secret").ValueKind);
        Assert.True(get.RootElement.GetProperty("enabled").GetBoolean());
        Assert.StartsWith("whsec_", rotated, StringComparison.Ordinal);
        Assert.NotEqual(first, rotated);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("url", out _));
        Assert.True(errors.TryGetProperty("enabled", out _));
        await using var db = await App.CreateDbContextAsync();
        var row = await db.NotificationEndpoints.SingleAsync(e => e.TenantId == tenant);
        Assert.DoesNotContain(rotated, row.SecretProtected, StringComparison.Ordinal);
        Assert.Equal("https://app.example.com/hooks", row.Url);
    }

    // The receiver's own check, written from the documented scheme, not with the app's code.
    private static bool SignatureMatches(NotificationReceiver.Received request, string secret)
    {
        var parts = (request.Signature ?? string.Empty).Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var timestamp = long.Parse(parts["t"], CultureInfo.InvariantCulture);
        if (Math.Abs(request.At.ToUnixTimeSeconds() - timestamp) > 300)
        {
            return false;
        }

        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{request.Body}")));
        return expected == parts["v1"];
    }

    private static async Task<string> ConfigureEndpointAsync(HttpClient admin, Uri url)
    {
        using var put = await admin.PutAsJsonAsync(new Uri("/api/notifications/endpoint", UriKind.Relative), new { url, enabled = true });
        var body = await put.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(put.StatusCode == HttpStatusCode.OK, body.ToString());
        return body.GetProperty("secret").GetString()!;
    }

    private static Task<JsonElement> DeliveriesAsync(HttpClient api, string status) =>
        api.GetFromJsonAsync<JsonElement>(new Uri($"/api/notifications/deliveries?status={status}&page_size=500", UriKind.Relative));
}
