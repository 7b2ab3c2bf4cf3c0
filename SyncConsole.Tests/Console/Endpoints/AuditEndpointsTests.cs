using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyncConsole.Audit;
using SyncConsole.Data;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Endpoints;

[Trait("Category", TestCategories.Integration)]
public sealed class AuditEndpointsTests : IAsyncLifetime
{
    private static readonly Guid TenantA = Guid.NewGuid();
    private static readonly Guid TenantB = Guid.NewGuid();
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private TestDatabase database = default!;
    private SyncConsoleAppFactory app = default!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        app = new SyncConsoleAppFactory(database);
        await using var db = await app.CreateDbContextAsync();
        for (var i = 0; i < 7; i++)
        {
            db.AuditEntries.Add(Entry(TenantA, i, i % 2 == 0 ? "customer" : "invoice"));
        }

        db.AuditEntries.Add(Entry(TenantB, 99, "customer"));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        database.Dispose();
    }

    [Fact]
    public async Task List_NoToken_Is401()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/audit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task List_TokenWithUnknownRole_Is403()
    {
        using var client = app.CreateApiClient(TenantA, "guest");

        using var response = await client.GetAsync(new Uri("/api/audit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task List_Viewer_SeesOnlyOwnTenantNewestFirstInSnakeCase()
    {
        using var client = app.CreateApiClient(TenantA, "viewer");

        using var body = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/audit?page_size=5", UriKind.Relative)));

        var root = body.RootElement;
        Assert.Equal(7, root.GetProperty("total").GetInt64());
        Assert.Equal(5, root.GetProperty("page_size").GetInt32());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(5, items.Count);
        Assert.Equal("rec-6", items[0].GetProperty("record_id").GetString());
        Assert.Equal(6, items[0].GetProperty("after").GetProperty("n").GetInt32());
        Assert.All(items, i => Assert.NotEqual("rec-99", i.GetProperty("record_id").GetString()));
    }

    [Fact]
    public async Task List_FilteredByEntityAndTime_ReturnsMatchingEntriesOnly()
    {
        using var client = app.CreateApiClient(TenantA, "operator");
        var from = Uri.EscapeDataString(Start.AddMinutes(2).ToString("O"));

        var page = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/audit?entity_type=customer&from={from}", UriKind.Relative));

        var records = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("record_id").GetString()).ToList();
        Assert.Equal(["rec-6", "rec-4", "rec-2"], records);
    }

    [Theory]
    [InlineData("/api/audit?page_size=501", "page_size")]
    [InlineData("/api/audit?page=0", "page")]
    [InlineData("/api/audit?from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z", "from")]
    public async Task List_BadQuery_Is400NamingTheField(string url, string field)
    {
        using var client = app.CreateApiClient(TenantA, "viewer");

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task List_UnparsableDate_Is400ProblemNot500()
    {
        using var client = app.CreateApiClient(TenantA, "viewer");

        using var response = await client.GetAsync(new Uri("/api/audit?from=yesterday", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static AuditEntry Entry(Guid tenant, int n, string entityType) => new()
    {
        TenantId = tenant,
        At = Start.AddMinutes(n),
        Actor = "alice",
        Action = "record.updated",
        EntityType = entityType,
        RecordId = $"rec-{n}",
        Before = null,
        After = $$"""{"n":{{n}}}""",
        CorrelationId = $"corr-{n}",
    };
}
