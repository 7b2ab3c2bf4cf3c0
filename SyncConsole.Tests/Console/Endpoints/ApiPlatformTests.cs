using System.Net;
using SyncConsole.Data;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Endpoints;

[Trait("Category", TestCategories.Integration)]
public sealed class ApiPlatformTests
{
    [Fact]
    public async Task OpenApiDocument_Served_DescribesTheApiAndBearerScheme()
    {
        using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new SyncConsoleAppFactory(database);
        using var client = app.CreateClient();

        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        using var swagger = await client.GetAsync(new Uri("/swagger/index.html", UriKind.Relative));

        Assert.Contains("\"/api/audit\"", document, StringComparison.Ordinal);
        Assert.Contains("\"bearer\"", document, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, swagger.StatusCode);
    }

    [Fact]
    public async Task RateLimit_BurstExhausted_Is429WithRetryAfter()
    {
        using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new SyncConsoleAppFactory(database, new Dictionary<string, string?>
        {
            ["Api:RequestsPerMinute"] = "60",
            ["Api:Burst"] = "3",
        });
        using var client = app.CreateApiClient(Guid.NewGuid(), "viewer");

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 6; i++)
        {
            var response = await client.GetAsync(new Uri("/api/audit", UriKind.Relative));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
                break;
            }

            response.Dispose();
        }

        Assert.NotNull(limited);
        Assert.True(limited.Headers.Contains("Retry-After"));
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.OK));
        limited.Dispose();
    }
}
