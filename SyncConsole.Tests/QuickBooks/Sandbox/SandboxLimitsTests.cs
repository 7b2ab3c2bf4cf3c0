using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SyncConsole.QuickBooks.Sandbox;
using SyncConsole.QuickBooks.Sandbox.Storage;
using SyncConsole.Tests.Infrastructure;
using static SyncConsole.Tests.QuickBooks.Sandbox.SandboxHttp;

namespace SyncConsole.Tests.QuickBooks.Sandbox;

/// <summary>Rate limits, token expiry and deterministic seeding of the emulator.</summary>
[Trait("Category", TestCategories.Integration)]
public sealed class SandboxLimitsTests(SandboxServerFixture fixture) : IClassFixture<SandboxServerFixture>
{
    private SandboxServer Server => fixture.Server;

    [Fact]
    public async Task Requests_BeyondTenPerSecond_Get429ThrottleExceeded3001()
    {
        var realm = await Server.CreateRealmAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => QueryAsync(Server, realm, "SELECT * FROM Item")));

        var throttled = answers.Where(a => a.Status == HttpStatusCode.TooManyRequests).ToList();
        // Not an exact count: on a busy machine the burst can straddle a second boundary.
        Assert.Contains(answers, a => a.Status == HttpStatusCode.OK);
        Assert.NotEmpty(throttled);
        Assert.All(throttled, a => Assert.Equal("3001", FaultCode(a.Body)));
        Assert.All(throttled, a => Assert.Equal("SERVICE", a.Body["Fault"]!["type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AccessToken_AfterItsLifetime_Gets401AuthenticationFault()
    {
        await using var server = await SandboxServer.StartAsync(o => o.AccessTokenLifetime = TimeSpan.FromMinutes(5));
        var realm = await server.CreateRealmAsync();
        var (before, _) = await QueryAsync(server, realm, "SELECT * FROM Item");

        server.Clock.Advance(TimeSpan.FromMinutes(6));
        var (after, body) = await QueryAsync(server, realm, "SELECT * FROM Item");

        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal(HttpStatusCode.Unauthorized, after);
        Assert.Equal("3200", FaultCode(body));
    }

    [Fact]
    public async Task FaultsFromConfiguration_ApplyToTheirRealm_AndOverrideTheAdminEndpoint()
    {
        await using var server = await SandboxServer.StartAsync();
        var healthy = await server.CreateRealmAsync();
        var broken = await server.CreateRealmAsync();
        // Realm ids are only known once created, so the configured dictionary is filled in afterwards.
        var options = server.Services.GetRequiredService<IOptions<SandboxOptions>>().Value;
        options.Faults[broken.RealmId] = new SandboxFaults { ServerErrorRate = 1.0 };
        await server.SetFaultsAsync(broken.RealmId, new { server_error_rate = 0.0 });

        var (ok, _) = await QueryAsync(server, healthy, "SELECT * FROM Item");
        var (failed, body) = await QueryAsync(server, broken, "SELECT * FROM Item");

        Assert.Equal(HttpStatusCode.OK, ok);
        Assert.Equal(HttpStatusCode.InternalServerError, failed);
        Assert.Equal("SystemFault", body["Fault"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task DemoSeed_SameSeedNumber_GivesTheSameCompany()
    {
        var first = await Server.CreateRealmAsync("demo");
        var second = await Server.CreateRealmAsync("demo");

        var a = await SnapshotAsync(first);
        var b = await SnapshotAsync(second);

        Assert.True(a.Count >= 7);
        Assert.Equal(a, b);
    }

    /// <summary>Counts and the first rows of every entity, in one batch (separate queries would hit the 10/s limit).</summary>
    private async Task<List<string>> SnapshotAsync(CreatedRealm realm)
    {
        string[] entities = ["Account", "Item", "Customer", "Vendor", "Invoice", "Bill", "Payment"];
        var items = new JsonArray();
        foreach (var entity in entities)
        {
            items.Add(new JsonObject { ["bId"] = $"c{entity}", ["Query"] = $"SELECT count(*) FROM {entity}" });
            items.Add(new JsonObject { ["bId"] = $"r{entity}", ["Query"] = $"SELECT * FROM {entity} ORDERBY Id STARTPOSITION 1 MAXRESULTS 5" });
        }

        var (status, body) = await PostAsync(Server, realm, "batch", new JsonObject { ["BatchItemRequest"] = items });
        Assert.Equal(HttpStatusCode.OK, status);
        var answers = body["BatchItemResponse"]!.AsArray().ToDictionary(a => a!["bId"]!.GetValue<string>(), a => a!["QueryResponse"]!);
        return [.. entities.Select(e =>
            $"{e}:{answers[$"c{e}"]["totalCount"]}:{string.Join(',', answers[$"r{e}"][e]!.AsArray().Select(r => Strip(r!.AsObject())))}")];
    }

    // Time stamps differ between two seedings; everything else must not.
    private static string Strip(JsonObject row)
    {
        var copy = row.DeepClone().AsObject();
        copy.Remove("MetaData");
        copy.Remove("TxnDate");
        copy.Remove("DueDate");
        copy.Remove("InvStartDate");
        return copy.ToJsonString();
    }
}
