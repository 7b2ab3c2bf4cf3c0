using System.Net;
using SyncConsole.Tests.Infrastructure;
using static SyncConsole.Tests.QuickBooks.Sandbox.SandboxHttp;

namespace SyncConsole.Tests.QuickBooks.Sandbox;

[Trait("Category", TestCategories.Integration)]
public sealed class SandboxQueryTests(SandboxServerFixture fixture) : IClassFixture<SandboxServerFixture>
{
    private SandboxServer Server => fixture.Server;

    [Fact]
    public async Task Query_MaxResultsOver1000_FailsQueryValidation()
    {
        var realm = await Server.CreateRealmAsync();

        var (status, body) = await QueryAsync(Server, realm, "SELECT * FROM Customer MAXRESULTS 1500");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("4001", FaultCode(body));
        Assert.Contains("Max allowed value is 1000", body["Fault"]!["Error"]![0]!["Detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_WithOr_FailsToParse()
    {
        var realm = await Server.CreateRealmAsync();

        var (status, body) = await QueryAsync(Server, realm, "SELECT * FROM Customer WHERE DisplayName = 'a' OR DisplayName = 'b'");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("4000", FaultCode(body));
    }

    [Fact]
    public async Task Query_StartPositionAndMaxResults_PageInIdOrder()
    {
        var realm = await Server.CreateRealmAsync();
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await CreateIdAsync(Server, realm, "Customer", new { DisplayName = $"Customer {i}" }));
        }

        var (_, page) = await QueryAsync(Server, realm, "SELECT * FROM Customer ORDERBY Id STARTPOSITION 3 MAXRESULTS 2");

        var response = page["QueryResponse"]!;
        Assert.Equal(3, response["startPosition"]!.GetValue<int>());
        Assert.Equal(2, response["maxResults"]!.GetValue<int>());
        Assert.Equal(ids[2..4], response["Customer"]!.AsArray().Select(c => c!["Id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Query_NoRows_ReturnsEmptyQueryResponse()
    {
        var realm = await Server.CreateRealmAsync();

        var (status, body) = await QueryAsync(Server, realm, "SELECT * FROM Invoice");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(body["QueryResponse"]!.AsObject());
    }

    [Fact]
    public async Task Query_LastUpdatedTimeAndLike_FilterRows()
    {
        var realm = await Server.CreateRealmAsync();
        await CreateIdAsync(Server, realm, "Vendor", new { DisplayName = "Old Supplier" });
        // The literal below has millisecond precision: keep the cut clear of both writes.
        await Task.Delay(20);
        var cut = Server.Clock.GetUtcNow();
        await Task.Delay(20);
        await CreateIdAsync(Server, realm, "Vendor", new { DisplayName = "New Supplier" });
        await CreateIdAsync(Server, realm, "Vendor", new { DisplayName = "Other Vendor" });

        var (_, recent) = await QueryAsync(Server, realm, $"SELECT * FROM Vendor WHERE MetaData.LastUpdatedTime > '{cut:yyyy-MM-ddTHH:mm:ss.fffzzz}' AND DisplayName LIKE '%Supplier'");

        var vendor = Assert.Single(recent["QueryResponse"]!["Vendor"]!.AsArray());
        Assert.Equal("New Supplier", vendor!["DisplayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Query_NameList_HidesInactiveRowsUnlessTheQueryFiltersOnActive()
    {
        var realm = await Server.CreateRealmAsync();
        await CreateIdAsync(Server, realm, "Customer", new { DisplayName = "Alpha" });
        await CreateIdAsync(Server, realm, "Customer", new { DisplayName = "Gamma", Active = false });
        await CreateIdAsync(Server, realm, "Customer", new { DisplayName = "Beta" });

        var (_, active) = await QueryAsync(Server, realm, "SELECT * FROM Customer ORDERBY DisplayName DESC");
        var (_, all) = await QueryAsync(Server, realm, "SELECT * FROM Customer WHERE Active IN (true, false) ORDERBY DisplayName DESC");
        var (_, inactive) = await QueryAsync(Server, realm, "SELECT count(*) FROM Customer WHERE Active = false");

        Assert.Equal(["Beta", "Alpha"], Names(active));
        Assert.Equal(["Gamma", "Beta", "Alpha"], Names(all));
        Assert.Equal(1, inactive["QueryResponse"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Query_OnIdActiveAndLastUpdatedOnly_MatchesWhatTheSameQueryReadingTheJsonMatches()
    {
        var realm = await Server.CreateRealmAsync();
        await CreateIdAsync(Server, realm, "Customer", new { DisplayName = "Old" });
        await Task.Delay(20);
        var cut = Server.Clock.GetUtcNow();
        await Task.Delay(20);
        foreach (var (name, active) in new[] { ("Alpha", true), ("Beta", false), ("Gamma", true), ("Delta", false) })
        {
            await CreateIdAsync(Server, realm, "Customer", new { DisplayName = name, Active = active });
        }

        // The eight queries below stay under the emulator's 10 requests a second per company, as QuickBooks' limit.
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        var since = $"MetaData.LastUpdatedTime > '{cut:yyyy-MM-ddTHH:mm:ss.fffzzz}'";
        // The first of each pair is answered from the rows' headers; "DisplayName LIKE '%'" (every row) makes the second read the JSON.
        string[][] pairs =
        [
            ["WHERE Active IN (true, false) ORDERBY Id DESC", "WHERE Active IN (true, false) AND DisplayName LIKE '%' ORDERBY Id DESC"],
            ["ORDERBY Id", "WHERE DisplayName LIKE '%' ORDERBY Id"],
            ["WHERE Active = false", "WHERE Active = false AND DisplayName LIKE '%'"],
            [$"WHERE {since} AND Active != false ORDERBY MetaData.LastUpdatedTime", $"WHERE {since} AND Active != false AND DisplayName LIKE '%' ORDERBY MetaData.LastUpdatedTime"],
        ];

        foreach (var pair in pairs)
        {
            var (_, fromHeaders) = await QueryAsync(Server, realm, $"SELECT * FROM Customer {pair[0]}");
            var (_, fromJson) = await QueryAsync(Server, realm, $"SELECT * FROM Customer {pair[1]}");
            Assert.NotEmpty(Names(fromJson));
            Assert.Equal(Names(fromJson), Names(fromHeaders));
        }
    }

    [Fact]
    public async Task Query_UnknownEntityCase_FailsBecauseNamesAreCaseSensitive()
    {
        var realm = await Server.CreateRealmAsync();

        var (status, _) = await QueryAsync(Server, realm, "SELECT * FROM customer");

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    private static IEnumerable<string> Names(System.Text.Json.Nodes.JsonObject body) =>
        body["QueryResponse"]!["Customer"]!.AsArray().Select(c => c!["DisplayName"]!.GetValue<string>());
}
