using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SyncConsole.QuickBooks.Sandbox;
using SyncConsole.QuickBooks.Webhooks;
using SyncConsole.Tests.Infrastructure;
using SyncConsole.Tests.QuickBooks.Sandbox;
using static SyncConsole.Tests.QuickBooks.Sandbox.SandboxHttp;

namespace SyncConsole.Tests.QuickBooks.Webhooks;

/// <summary>The emulator posts signed webhooks in both formats; the receiving side verifies, parses and dedupes them.</summary>
[Trait("Category", TestCategories.Integration)]
public sealed class SandboxWebhookDeliveryTests : IAsyncLifetime
{
    private const string Verifier = "verifier-token";
    private readonly ConcurrentQueue<(byte[] Body, string? Signature)> _received = new();
    private WebApplication _receiver = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _receiver = builder.Build();
        _receiver.MapPost("/hooks", async (HttpContext context) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            _received.Enqueue((buffer.ToArray(), context.Request.Headers[QuickBooksWebhookSignature.HeaderName]));
            return Results.Ok();
        });
        await _receiver.StartAsync();
    }

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Theory]
    [InlineData(SandboxWebhookFormat.Legacy)]
    [InlineData(SandboxWebhookFormat.CloudEvents)]
    public async Task Write_PostsASignedWebhookThatParsesToTheChange(SandboxWebhookFormat format)
    {
        await using var server = await StartSandboxAsync(format);
        var realm = await server.CreateRealmAsync();

        var id = await CreateIdAsync(server, realm, "Customer", new { DisplayName = "Webhook Watcher" });

        var events = await ReceiveAsync(1);
        var created = Assert.Single(events);
        Assert.Equal((realm.RealmId, "Customer", id, QuickBooksWebhookOperation.Create), (created.RealmId, created.EntityName, created.EntityId, created.Operation));
    }

    [Fact]
    public async Task Webhook_WithATamperedBody_FailsVerification()
    {
        await using var server = await StartSandboxAsync(SandboxWebhookFormat.Legacy);
        var realm = await server.CreateRealmAsync();
        await CreateIdAsync(server, realm, "Vendor", new { DisplayName = "Tamper" });
        await ReceiveAsync(1);
        var (body, signature) = _received.First();

        body[^2] ^= 0x01;

        Assert.False(QuickBooksWebhookSignature.Verify(body, signature, Verifier));
    }

    [Fact]
    public async Task DuplicatedAndReorderedWebhooks_AreDedupedByIdentity()
    {
        await using var server = await StartSandboxAsync(SandboxWebhookFormat.CloudEvents);
        var realm = await server.CreateRealmAsync();
        await server.SetFaultsAsync(realm.RealmId, new { webhook_duplicate_rate = 1.0, webhook_reorder_rate = 0.5 });
        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add(await CreateIdAsync(server, realm, "Customer", new { DisplayName = $"Dup {i}" }));
        }

        var events = await ReceiveAsync(8);

        Assert.True(events.Count >= 8, "every delivery is duplicated");
        var unique = QuickBooksWebhookRouting.ByRealm(events)[realm.RealmId];
        Assert.Equal(ids, unique.Select(e => e.EntityId));
    }

    [Fact]
    public async Task DroppedWebhook_NeverArrives_WhileLaterOnesDo()
    {
        await using var server = await StartSandboxAsync(SandboxWebhookFormat.Legacy);
        var realm = await server.CreateRealmAsync();
        await server.SetFaultsAsync(realm.RealmId, new { webhook_drop_rate = 1.0 });
        await CreateIdAsync(server, realm, "Customer", new { DisplayName = "Lost" });
        await server.SetFaultsAsync(realm.RealmId, new { });

        var kept = await CreateIdAsync(server, realm, "Customer", new { DisplayName = "Kept" });

        // Deliveries go out in commit order, so once the later one is here the dropped one would have been too.
        Assert.Equal([kept], (await ReceiveAsync(1)).Select(e => e.EntityId));
    }

    [Fact]
    public async Task DelayedWebhook_ArrivesAfterALaterOne_AndRoutingRestoresTheOrder()
    {
        await using var server = await StartSandboxAsync(SandboxWebhookFormat.CloudEvents);
        var realm = await server.CreateRealmAsync();
        await server.SetFaultsAsync(realm.RealmId, new { webhook_delay_rate = 1.0, webhook_delay = "00:00:00.500" });
        var first = await CreateIdAsync(server, realm, "Vendor", new { DisplayName = "Slow News" });
        await server.SetFaultsAsync(realm.RealmId, new { });
        var second = await CreateIdAsync(server, realm, "Vendor", new { DisplayName = "Fast News" });

        var arrived = await ReceiveAsync(2);

        Assert.Equal([second, first], arrived.Select(e => e.EntityId));
        Assert.Equal([first, second], QuickBooksWebhookRouting.ByRealm(arrived)[realm.RealmId].Select(e => e.EntityId));
    }

    private Task<SandboxServer> StartSandboxAsync(SandboxWebhookFormat format) => SandboxServer.StartAsync(o =>
    {
        o.WebhookUrl = new Uri(new Uri(_receiver.Urls.First()), "/hooks");
        o.WebhookVerifierToken = Verifier;
        o.WebhookFormat = format;
    });

    /// <summary>Waits (bounded) until at least <paramref name="count"/> events arrived, verifying every signature.</summary>
    private async Task<List<QuickBooksWebhookEvent>> ReceiveAsync(int count)
    {
        // At most 200 polls of 50 ms (10 s).
        for (var poll = 0; ; poll++)
        {
            var deliveries = _received.ToArray();
            Assert.All(deliveries, d => Assert.True(QuickBooksWebhookSignature.Verify(d.Body, d.Signature, Verifier)));
            var events = deliveries.SelectMany(d => QuickBooksWebhookParser.Parse(d.Body)).ToList();
            if (events.Count >= count || poll >= 200)
            {
                return events;
            }

            await Task.Delay(50);
        }
    }
}
