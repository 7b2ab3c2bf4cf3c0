using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyncConsole.Data;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Endpoints;

/// <summary>
/// <c>/api/admin/default-rules</c> over real HTTP on a real database: Core's defaults until an admin changes one,
/// changes validated like a connection's rules and audited, and a new connection (connected through the emulator)
/// starting from the defaults of the moment it was created.
/// </summary>
public abstract class DefaultRulesEndpointsSuite(DatabaseProvider provider) : AppTest(provider, loopback: true)
{
    private static readonly Guid AdminTenant = Guid.NewGuid();
    private static readonly Uri Defaults = new("/api/admin/default-rules", UriKind.Relative);

    [Fact]
    public async Task Get_NeverEdited_ReturnsCoresDefaultForEveryEntityType()
    {
        using var admin = App.CreateApiClient(AdminTenant, "admin");

        var rules = await admin.GetFromJsonAsync<JsonElement>(Defaults);

        var byType = rules.GetProperty("default_rules").EnumerateArray().ToDictionary(r => r.GetProperty("entity_type").GetString()!);
        Assert.Equal(["account", "bill", "customer", "invoice", "item", "payment", "vendor"], byType.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("inbound", byType["account"].GetProperty("direction").GetString());
        Assert.Equal(60, byType["account"].GetProperty("frequency_minutes").GetInt32());
        Assert.Equal("bidirectional", byType["customer"].GetProperty("direction").GetString());
        Assert.Equal("manual", byType["customer"].GetProperty("master_if_conflict").GetString());
    }

    [Fact]
    public async Task Put_ValidRule_StoresItAndAuditsBeforeAfterAndCorrelationOnce()
    {
        using var admin = App.CreateApiClient(AdminTenant, "admin");
        var body = new { direction = "inbound", master_if_conflict = "our_system", frequency_minutes = 45 };

        using var put = await admin.PutAsJsonAsync(new Uri("/api/admin/default-rules/customer", UriKind.Relative), body);
        using var again = await admin.PutAsJsonAsync(new Uri("/api/admin/default-rules/customer", UriKind.Relative), body);
        var saved = await put.Content.ReadFromJsonAsync<JsonElement>();
        var customer = (await admin.GetFromJsonAsync<JsonElement>(Defaults)).GetProperty("default_rules").EnumerateArray()
            .Single(r => r.GetProperty("entity_type").GetString() == "customer");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("inbound", saved.GetProperty("direction").GetString());
        Assert.Equal("inbound", customer.GetProperty("direction").GetString());
        Assert.Equal("our_system", customer.GetProperty("master_if_conflict").GetString());
        Assert.Equal(45, customer.GetProperty("frequency_minutes").GetInt32());
        await using var db = await App.CreateDbContextAsync();
        // The second, identical PUT changed nothing, so it left no entry.
        var entry = Assert.Single(await db.AuditEntries.Where(a => a.Action == "default_rules.updated").ToListAsync());
        Assert.Equal(AdminTenant, entry.TenantId);
        Assert.Equal("test-user", entry.Actor);
        Assert.Equal("customer", entry.EntityType);
        Assert.Equal("bidirectional", JsonDocument.Parse(entry.Before!).RootElement.GetProperty("direction").GetString());
        Assert.Equal("inbound", JsonDocument.Parse(entry.After!).RootElement.GetProperty("direction").GetString());
        Assert.False(string.IsNullOrEmpty(entry.CorrelationId));
    }

    [Fact]
    public async Task Put_SameNeverEditedRuleByManyAdminsAtOnce_EverySaveSucceedsAndTheTrailChainsWithoutGaps()
    {
        using var admin = App.CreateApiClient(AdminTenant, "admin");
        int[] frequencies = [20, 25, 30, 35, 40, 45];

        var responses = await Task.WhenAll(frequencies.Select(f => admin.PutAsJsonAsync(
            new Uri("/api/admin/default-rules/vendor", UriKind.Relative), new { frequency_minutes = f })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await using var db = await App.CreateDbContextAsync();
        var stored = Frequency(Assert.Single(await db.DefaultRules.Where(r => r.EntityType == "vendor").Select(r => r.RuleJson).ToListAsync()));
        var entries = await db.AuditEntries.Where(a => a.Action == "default_rules.updated").ToListAsync();
        // Each save replaced exactly what was there: the "befores" are the built-in default and every value but the last.
        Assert.Equal(frequencies.Length, entries.Count);
        Assert.Equal(frequencies.Order(), entries.Select(e => Frequency(e.After!)).Order());
        Assert.Equal([15, .. frequencies.Where(f => f != stored).Order()], entries.Select(e => Frequency(e.Before!)).Order());
    }

    [Theory]
    [InlineData("customer", """{"direction":"sideways"}""", "direction")]
    [InlineData("customer", """{"frequency_minutes":99999}""", "frequency_minutes")]
    [InlineData("customer", """{"field_overrides":{"nope":"our_system"}}""", "field_overrides.nope")]
    [InlineData("customer", """{"field_merge":false,"field_overrides":{"email":"our_system"}}""", "field_overrides")]
    [InlineData("customer", """{"entity_type":"vendor","direction":"inbound"}""", "entity_type")]
    [InlineData("widget", """{"direction":"inbound"}""", "entity_type")]
    [InlineData("customer", "null", "body")]
    public async Task Put_BadBody_Is400NamingTheFieldAndWritesNothing(string entityType, string json, string field)
    {
        using var admin = App.CreateApiClient(AdminTenant, "admin");

        using var response = await admin.PutAsync(
            new Uri($"/api/admin/default-rules/{entityType}", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        await using var db = await App.CreateDbContextAsync();
        Assert.Equal(0, await db.DefaultRules.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.Action == "default_rules.updated"));
    }

    [Fact]
    public async Task NewConnection_AfterTheDefaultsChanged_StartsFromThemAndKeepsItsRulesWhenTheyChangeAgain()
    {
        var tenant = Guid.NewGuid();
        using var admin = App.CreateApiClient(AdminTenant, "admin");
        using var operatorApi = App.CreateApiClient(tenant, "operator", "viewer");
        using (var first = await admin.PutAsJsonAsync(new Uri("/api/admin/default-rules/customer", UriKind.Relative), new { direction = "inbound", frequency_minutes = 45 }))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        // Before connecting, a tenant sees what its connection would start with.
        Assert.Equal(("inbound", 45), await CustomerRuleAsync(operatorApi));
        await QuickBooksConnector.ConnectAsync(operatorApi, BaseUri);
        using (var second = await admin.PutAsJsonAsync(new Uri("/api/admin/default-rules/customer", UriKind.Relative), new { direction = "outbound", frequency_minutes = 30 }))
        {
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        }

        Assert.Equal(("inbound", 45), await CustomerRuleAsync(operatorApi));
        await using var db = await App.CreateDbContextAsync();
        Assert.Equal(7, await db.SyncRules.CountAsync(r => r.TenantId == tenant && r.IntegrationId == "quickbooks"));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.TenantId == tenant && a.Action == "rules.seeded"));
        // Another tenant, not yet connected, sees the newer default.
        using var other = App.CreateApiClient(Guid.NewGuid(), "viewer");
        Assert.Equal(("outbound", 30), await CustomerRuleAsync(other));
    }

    [Fact]
    public async Task OpenApiDocument_Served_DescribesBothDefaultRuleEndpoints()
    {
        using var client = App.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/admin/default-rules").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/admin/default-rules/{entityType}").TryGetProperty("put", out _));
    }

    private static async Task<(string? Direction, int Frequency)> CustomerRuleAsync(HttpClient api)
    {
        var settings = await api.GetFromJsonAsync<JsonElement>(new Uri("/api/integrations/quickbooks/settings", UriKind.Relative));
        var customer = settings.GetProperty("sync_rules").EnumerateArray().Single(r => r.GetProperty("entity_type").GetString() == "customer");
        return (customer.GetProperty("direction").GetString(), customer.GetProperty("frequency_minutes").GetInt32());
    }

    private static int Frequency(string ruleJson) => JsonDocument.Parse(ruleJson).RootElement.GetProperty("frequency_minutes").GetInt32();
}
