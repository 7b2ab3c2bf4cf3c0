using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using SyncConsole.QuickBooks;
using SyncConsole.QuickBooks.Api.Dtos;
using SyncConsole.QuickBooks.Auth;
using SyncConsole.Tests.QuickBooks.Fakes;

namespace SyncConsole.Tests.QuickBooks.Api;

/// <summary>
/// Checks the outgoing requests against QuickBooks' documented rules, independent of the emulator: URL shape,
/// minorversion, requestid, sparse updates, delete and void operations, headers.
/// </summary>
public sealed class QuickBooksApiClientRequestTests : IDisposable
{
    private const string Realm = "9130350000000001";
    private readonly RecordingHandler _handler = new(Respond);
    private readonly QuickBooksTestClients _clients;
    private readonly string _connection;

    public QuickBooksApiClientRequestTests()
    {
        _clients = new QuickBooksTestClients(new Uri("http://unused.invalid"), o => o.Environment = QuickBooksEnvironment.Production, _handler);
        _connection = "conn";
        var now = _clients.Clock.GetUtcNow();
        _clients.Store.Seed(_connection, new QuickBooksTokenSet(Realm, "access-1", "refresh-1", now.AddHours(1), now.AddDays(100)));
    }

    [Fact]
    public async Task Every_Request_TargetsTheCompanyPathWithMinorVersion75AndBearerJson()
    {
        await _clients.Api.ReadAsync<QboCustomer>(_connection, "7", CancellationToken.None);
        await _clients.Api.CreateAsync(_connection, new QboCustomer { DisplayName = "A" }, "key-1", CancellationToken.None);
        await foreach (var page in _clients.Api.QueryPagesAsync<QboVendor>(_connection, null, includeInactive: true, CancellationToken.None))
        {
            Assert.NotNull(page);
        }

        Assert.Equal(3, _handler.Requests.Count);
        foreach (var request in _handler.Requests)
        {
            Assert.Equal("quickbooks.api.intuit.com", request.Uri.Host);
            Assert.Equal(Uri.UriSchemeHttps, request.Uri.Scheme);
            Assert.StartsWith($"/v3/company/{Realm}/", request.Uri.AbsolutePath, StringComparison.Ordinal);
            Assert.Equal("75", QueryHelpers.ParseQuery(request.Uri.Query)["minorversion"]);
            Assert.Equal("Bearer access-1", request.Authorization);
            Assert.Contains("application/json", request.Accept, StringComparison.Ordinal);
        }

        var paths = _handler.Requests.Select(r => r.Uri.AbsolutePath).ToList();
        Assert.Equal([$"/v3/company/{Realm}/customer/7", $"/v3/company/{Realm}/customer", $"/v3/company/{Realm}/query"], paths);
        Assert.Equal(
            "SELECT * FROM Vendor WHERE Active IN (true, false) ORDERBY Id STARTPOSITION 1 MAXRESULTS 1000",
            QueryHelpers.ParseQuery(_handler.Requests.Last().Uri.Query)["query"]);
    }

    [Fact]
    public async Task Writes_CarryRequestIdOfAtMost50Chars_ReadsDoNot()
    {
        var longKey = new string('k', 80) + ":invoice:42:v3";

        await _clients.Api.CreateAsync(_connection, new QboCustomer { DisplayName = "A" }, "short-key", CancellationToken.None);
        await _clients.Api.CreateAsync(_connection, new QboCustomer { DisplayName = "A" }, longKey, CancellationToken.None);
        await _clients.Api.CreateAsync(_connection, new QboCustomer { DisplayName = "A" }, longKey, CancellationToken.None);
        await _clients.Api.ReadAsync<QboCustomer>(_connection, "7", CancellationToken.None);

        var ids = _handler.Requests.Select(r => QueryHelpers.ParseQuery(r.Uri.Query).GetValueOrDefault("requestid").ToString()).ToList();
        Assert.Equal("short-key", ids[0]);
        Assert.InRange(ids[1].Length, 1, 50);
        Assert.Equal(ids[1], ids[2]);
        Assert.Equal(string.Empty, ids[3]);
        Assert.All(_handler.Requests.Take(3), r => Assert.Equal("application/json", r.ContentType));
    }

    [Fact]
    public async Task Update_IsSparseWithIdAndSyncToken()
    {
        await _clients.Api.UpdateAsync(_connection, new QboCustomer { Id = "7", SyncToken = "3", Notes = "changed" }, "u-1", CancellationToken.None);

        var request = Assert.Single(_handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        var body = JsonNode.Parse(request.Body!)!.AsObject();
        Assert.True(body["sparse"]!.GetValue<bool>());
        Assert.Equal("7", body["Id"]!.GetValue<string>());
        Assert.Equal("3", body["SyncToken"]!.GetValue<string>());
        Assert.Equal("changed", body["Notes"]!.GetValue<string>());
        Assert.Null(body["DisplayName"]);
    }

    [Fact]
    public async Task Delete_IsPostWithOperationDeleteAndIdSyncTokenBody()
    {
        await _clients.Api.DeleteAsync<QboInvoice>(_connection, "5", "2", "d-1", CancellationToken.None);

        var request = Assert.Single(_handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal($"/v3/company/{Realm}/invoice", request.Uri.AbsolutePath);
        Assert.Equal("delete", QueryHelpers.ParseQuery(request.Uri.Query)["operation"]);
        var body = JsonNode.Parse(request.Body!)!.AsObject();
        Assert.Equal(["Id", "SyncToken"], body.Select(p => p.Key));
    }

    [Fact]
    public async Task VoidPayment_UsesOperationUpdateIncludeVoid_VoidInvoiceUsesOperationVoid()
    {
        await _clients.Api.VoidPaymentAsync(_connection, "9", "0", "v-1", CancellationToken.None);
        await _clients.Api.VoidInvoiceAsync(_connection, "5", "0", "v-2", CancellationToken.None);

        var payment = QueryHelpers.ParseQuery(_handler.Requests.First().Uri.Query);
        var invoice = QueryHelpers.ParseQuery(_handler.Requests.Last().Uri.Query);
        Assert.Equal("update", payment["operation"]);
        Assert.Equal("void", payment["include"]);
        Assert.Equal("void", invoice["operation"]);
    }

    [Fact]
    public async Task DeleteOfANameList_IsRefused_InactivateSendsSparseActiveFalse()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _clients.Api.DeleteAsync<QboCustomer>(_connection, "7", "0", "x", CancellationToken.None));
        await _clients.Api.InactivateAsync<QboCustomer>(_connection, "7", "0", "i-1", CancellationToken.None);

        var body = JsonNode.Parse(Assert.Single(_handler.Requests).Body!)!.AsObject();
        Assert.False(body["Active"]!.GetValue<bool>());
        Assert.True(body["sparse"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Throttled_WithRetryAfter_WaitsForItCappedAtMaxRetryDelay()
    {
        var calls = 0;
        using var handler = new RecordingHandler(_ => Interlocked.Increment(ref calls) == 1
            ? (HttpStatusCode.TooManyRequests, ThrottleFault)
            : Respond(new HttpRequestMessage(HttpMethod.Get, $"https://x/v3/company/{Realm}/customer/7")));
        handler.RetryAfter = TimeSpan.FromSeconds(5);
        using var clients = new QuickBooksTestClients(new Uri("http://unused.invalid"), o =>
        {
            o.Environment = QuickBooksEnvironment.Production;
            o.MaxRetryDelay = TimeSpan.FromMilliseconds(300);
        }, handler);
        var now = clients.Clock.GetUtcNow();
        clients.Store.Seed("c", new QuickBooksTokenSet(Realm, "a", "r", now.AddHours(1), now.AddDays(1)));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var customer = await clients.Api.ReadAsync<QboCustomer>("c", "7", CancellationToken.None);

        // Without the header the first retry would wait about 10 ms (RetryBaseDelay); with it, the 300 ms cap.
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(280), TimeSpan.FromSeconds(3));
        Assert.Equal("7", customer.Id);
        Assert.Equal(2, handler.Requests.Count);
    }

    private const string ThrottleFault = """{"Fault":{"Error":[{"Message":"message=ThrottleExceeded; errorCode=003001; statusCode=429","code":"3001"}],"type":"SERVICE"}}""";

    public void Dispose() => _clients.Dispose();

    private static (HttpStatusCode, string) Respond(HttpRequestMessage request)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (path.EndsWith("/query", StringComparison.Ordinal))
        {
            return (HttpStatusCode.OK, """{"QueryResponse":{},"time":"2026-11-21T10:00:00.000-07:00"}""");
        }

        var entity = path.Split('/')[4];
        var name = char.ToUpperInvariant(entity[0]) + entity[1..];
        return (HttpStatusCode.OK, $$"""{"{{name}}":{"Id":"7","SyncToken":"1"},"time":"2026-11-21T10:00:00.000-07:00"}""");
    }
}
