using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SyncConsole.Data;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Endpoints;

[Trait("Category", TestCategories.Integration)]
public sealed class RecordsEndpointsTests : IAsyncLifetime
{
    private readonly Guid tenant = Guid.NewGuid();
    private TestDatabase database = default!;
    private SyncConsoleAppFactory app = default!;
    private HttpClient api = default!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        app = new SyncConsoleAppFactory(database);
        api = app.CreateApiClient(tenant, "operator", "viewer");
    }

    public async Task DisposeAsync()
    {
        api.Dispose();
        await app.DisposeAsync();
        database.Dispose();
    }

    [Fact]
    public async Task Put_NewThenReplace_CreatesThenUpdatesWithMovingETag()
    {
        using var created = await api.PutAsJsonAsync(Url("customer/c-1"), new { display_name = "Cool Cars", email = "cars@example.com" });
        using var replaced = await api.PutAsJsonAsync(Url("customer/c-1"), new { display_name = "Cool Cars Ltd" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("\"2\"", replaced.Headers.ETag!.Tag);
        var read = await api.GetFromJsonAsync<JsonElement>(Url("customer/c-1"));
        Assert.Equal("Cool Cars Ltd", read.GetProperty("display_name").GetString());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("email").ValueKind);
    }

    [Fact]
    public async Task Put_StaleIfMatch_Is412AndKeepsTheRecord()
    {
        await api.PutAsJsonAsync(Url("vendor/v-1"), new { display_name = "Books by Bessie" });
        await api.PutAsJsonAsync(Url("vendor/v-1"), new { display_name = "Books by Bessie 2" });
        using var request = new HttpRequestMessage(HttpMethod.Put, Url("vendor/v-1")) { Content = JsonContent.Create(new { display_name = "Lost update" }) };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");

        using var response = await api.SendAsync(request);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        var read = await api.GetFromJsonAsync<JsonElement>(Url("vendor/v-1"));
        Assert.Equal("Books by Bessie 2", read.GetProperty("display_name").GetString());
    }

    [Fact]
    public async Task Patch_MergePatch_ChangesOnlyTheGivenFieldsAndNullRemoves()
    {
        await api.PutAsJsonAsync(Url("customer/c-2"), new { display_name = "Diego", email = "d@example.com", phone = "555-0100" });
        using var request = new HttpRequestMessage(HttpMethod.Patch, Url("customer/c-2"))
        {
            Content = new StringContent("""{"email":"diego@example.com","phone":null}""", Encoding.UTF8, "application/merge-patch+json"),
        };

        using var response = await api.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var read = await api.GetFromJsonAsync<JsonElement>(Url("customer/c-2"));
        Assert.Equal("Diego", read.GetProperty("display_name").GetString());
        Assert.Equal("diego@example.com", read.GetProperty("email").GetString());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("phone").ValueKind);
    }

    [Theory]
    [InlineData("customer/c-3", """{"display_name": 12}""", "display_name")]
    [InlineData("customer/c-3", """{"nickname": "Bob"}""", "nickname")]
    [InlineData("customer/c-3", """{"id": "other"}""", "id")]
    [InlineData("invoice/i-1", """{"total": "lots"}""", "total")]
    [InlineData("gadget/g-1", """{}""", "entity_type")]
    [InlineData("customer/c-3", """[1,2]""", "body")]
    public async Task Put_BadBody_Is400NamingTheFieldAndWritesNothing(string path, string body, string field)
    {
        using var response = await api.PutAsync(Url(path), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), problem.RootElement.ToString());
        var changes = await api.GetFromJsonAsync<JsonElement>(Url("changes"));
        Assert.Empty(changes.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Put_MalformedJson_Is400Problem()
    {
        using var response = await api.PutAsync(Url("customer/c-4"), new StringContent("{\"display_name\":", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Changes_AfterWrites_ListsThemInOrderAndResumesFromTheCursor()
    {
        await api.PutAsJsonAsync(Url("account/a-1"), new { name = "Checking", account_type = "Bank" });
        await api.PutAsJsonAsync(Url("item/i-1"), new { name = "Design", type = "service" });
        await api.DeleteAsync(Url("account/a-1"));

        var first = await api.GetFromJsonAsync<JsonElement>(Url("changes?page_size=2"));
        var rest = await api.GetFromJsonAsync<JsonElement>(Url($"changes?since={first.GetProperty("next_cursor").GetString()}"));

        var operations = first.GetProperty("items").EnumerateArray().Concat(rest.GetProperty("items").EnumerateArray())
            .Select(i => $"{i.GetProperty("entity_type").GetString()}:{i.GetProperty("operation").GetString()}:{i.GetProperty("version").GetInt64()}");
        Assert.Equal(["account:created:1", "item:created:1", "account:deleted:2"], operations);
        using var gone = await api.GetAsync(Url("account/a-1"));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Put_V1Body_IsUpgradedAndReadBackAsV2()
    {
        using var response = await api.PutAsJsonAsync(Url("invoice/i-2"), new
        {
            schema_version = 1,
            customer_id = "c-1",
            lines = new[] { new { item_id = "i-1", description = "Design", quantity = 2, unit_price = 50.0, amount = 100.0 } },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var read = await api.GetFromJsonAsync<JsonElement>(Url("invoice/i-2"));
        Assert.Equal(2, read.GetProperty("schema_version").GetInt32());
        Assert.True(read.GetProperty("lines")[0].TryGetProperty("class_id", out _));
    }

    private static Uri Url(string path) => new($"/api/records/{path}", UriKind.Relative);
}
