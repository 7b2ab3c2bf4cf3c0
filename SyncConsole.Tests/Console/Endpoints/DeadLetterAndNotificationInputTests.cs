using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Endpoints;

/// <summary>Bad filters on the dead-letter and notification lists are problem+json 400s naming each bad field.</summary>
[Trait("Category", TestCategories.Integration)]
public sealed class DeadLetterAndNotificationInputTests() : AppTest
{
    [Theory]
    [InlineData("/api/dead-letters?status=lost&page=0", "status", "page")]
    [InlineData("/api/dead-letters?entity_type=spaceship&direction=sideways&page_size=501", "entity_type", "direction", "page_size")]
    [InlineData("/api/notifications/deliveries?status=sent&page_size=0", "status", "page_size")]
    public async Task List_BadFilters_Is400NamingEachField(string path, params string[] fields)
    {
        using var api = App.CreateApiClient(Guid.NewGuid(), "viewer");

        using var response = await api.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(fields.Order(StringComparer.Ordinal), errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Lists_NothingYet_AreEmptyPages()
    {
        using var api = App.CreateApiClient(Guid.NewGuid(), "viewer");

        var letters = await api.GetFromJsonAsync<JsonElement>(new Uri("/api/dead-letters", UriKind.Relative));
        var deliveries = await api.GetFromJsonAsync<JsonElement>(new Uri("/api/notifications/deliveries?page=2&page_size=10", UriKind.Relative));

        Assert.Equal(0, letters.GetProperty("total").GetInt64());
        Assert.Equal(50, letters.GetProperty("page_size").GetInt32());
        Assert.Equal(2, deliveries.GetProperty("page").GetInt32());
        Assert.Empty(deliveries.GetProperty("items").EnumerateArray());
    }
}
