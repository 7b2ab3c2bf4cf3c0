using System.Net;
using System.Text.Json.Nodes;
using SyncConsole.Tests.Infrastructure;
using static SyncConsole.Tests.QuickBooks.Sandbox.SandboxHttp;

namespace SyncConsole.Tests.QuickBooks.Sandbox;

[Trait("Category", TestCategories.Integration)]
public sealed class SandboxBatchTests(SandboxServerFixture fixture) : IClassFixture<SandboxServerFixture>
{
    private SandboxServer Server => fixture.Server;

    [Fact]
    public async Task Batch_WithOneFailingItem_OthersSucceedAndTheFailureCarriesItsFault()
    {
        var realm = await Server.CreateRealmAsync();
        await CreateIdAsync(Server, realm, "Customer", new { DisplayName = "Taken" });
        var body = new JsonObject
        {
            ["BatchItemRequest"] = new JsonArray(
                new JsonObject { ["bId"] = "b1", ["operation"] = "create", ["Vendor"] = new JsonObject { ["DisplayName"] = "Fresh Vendor" } },
                new JsonObject { ["bId"] = "b2", ["operation"] = "create", ["Customer"] = new JsonObject { ["DisplayName"] = "Taken" } },
                new JsonObject { ["bId"] = "b3", ["Query"] = "SELECT * FROM Customer" }),
        };

        var (status, json) = await PostAsync(Server, realm, "batch", body);

        Assert.Equal(HttpStatusCode.OK, status);
        var items = json["BatchItemResponse"]!.AsArray();
        Assert.Equal("Fresh Vendor", items[0]!["Vendor"]!["DisplayName"]!.GetValue<string>());
        Assert.Equal("b2", items[1]!["bId"]!.GetValue<string>());
        Assert.Equal("6240", items[1]!["Fault"]!["Error"]![0]!["code"]!.GetValue<string>());
        Assert.Single(items[2]!["QueryResponse"]!["Customer"]!.AsArray());
        var (_, vendors) = await QueryAsync(Server, realm, "SELECT count(*) FROM Vendor");
        Assert.Equal(1, vendors["QueryResponse"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Batch_ItemsCannotReferenceEachOthersCreates()
    {
        var realm = await Server.CreateRealmAsync();
        var body = new JsonObject
        {
            ["BatchItemRequest"] = new JsonArray(
                new JsonObject { ["bId"] = "1", ["operation"] = "create", ["Account"] = new JsonObject { ["Name"] = "Sales", ["AccountType"] = "Income" } },
                new JsonObject
                {
                    ["bId"] = "2",
                    ["operation"] = "create",
                    ["Item"] = new JsonObject { ["Name"] = "Thing", ["Type"] = "Service", ["IncomeAccountRef"] = new JsonObject { ["value"] = "1" } },
                }),
        };

        var (_, json) = await PostAsync(Server, realm, "batch", body);

        Assert.Equal("1", json["BatchItemResponse"]![0]!["Account"]!["Id"]!.GetValue<string>());
        Assert.Equal("2500", json["BatchItemResponse"]![1]!["Fault"]!["Error"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Batch_With31Items_IsRejected1040()
    {
        var realm = await Server.CreateRealmAsync();
        var items = new JsonArray();
        for (var i = 0; i < 31; i++)
        {
            items.Add(new JsonObject { ["bId"] = $"q{i}", ["Query"] = "SELECT * FROM Item" });
        }

        var (status, json) = await PostAsync(Server, realm, "batch", new JsonObject { ["BatchItemRequest"] = items });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("1040", FaultCode(json));
    }

    [Fact]
    public async Task Batch_ItemsCountAgainstThePerMinuteLimit()
    {
        await using var server = await SandboxServer.StartAsync(o => o.RequestsPerMinute = 40);
        var realm = await server.CreateRealmAsync();
        var items = new JsonArray();
        for (var i = 0; i < 30; i++)
        {
            items.Add(new JsonObject { ["bId"] = $"q{i}", ["Query"] = "SELECT * FROM Item" });
        }

        var (first, _) = await PostAsync(server, realm, "batch", new JsonObject { ["BatchItemRequest"] = items });
        var (second, body) = await PostAsync(server, realm, "batch", new JsonObject { ["BatchItemRequest"] = items.DeepClone() });

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.TooManyRequests, second);
        Assert.Equal("3001", FaultCode(body));
    }
}
