using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Endpoints;

/// <summary>
/// <c>POST /api/embed-tokens</c> and the exchange of its link for an embedded session, over real HTTP: one use
/// only, for the page it names, with the caller's tenant and roles capped by Embedding:AllowedRoles; and the
/// framing headers of embedded and console responses.
/// </summary>
[Trait("Category", TestCategories.Integration)]
public sealed class EmbedTokenEndpointsTests() : AppTest(settings: new Dictionary<string, string?>
{
    ["Embedding:AllowedOrigins:0"] = "https://host.example.test",
})
{
    private static readonly Guid Tenant = new("00000000-0000-0000-0000-0000000000d1");

    [Fact]
    public async Task Post_ValidRequest_ReturnsALinkThatOpensThePageOnceWithAnEmbeddedSession()
    {
        using var api = App.CreateApiClient(Tenant, "viewer", "operator");

        using var response = await api.PostAsJsonAsync("/api/embed-tokens", new { path = "/background-jobs", ttl_seconds = 120 });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var url = new Uri(body.GetProperty("url").GetString()!);
        using var browser = App.CreateClient(new() { AllowAutoRedirect = false });
        using var exchange = await browser.GetAsync(new Uri(url.PathAndQuery, UriKind.Relative));
        var cookie = exchange.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("syncconsole.embed=", StringComparison.Ordinal));
        using var page = await GetWithCookieAsync(browser, exchange.Headers.Location!.OriginalString, cookie);
        using var replay = await browser.GetAsync(new Uri(url.PathAndQuery, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/embed/background-jobs", url.AbsolutePath);
        Assert.True(body.GetProperty("expires_at").GetDateTimeOffset() > DateTimeOffset.UnixEpoch);
        Assert.Equal(HttpStatusCode.SeeOther, exchange.StatusCode);
        Assert.Equal("/embed/background-jobs", exchange.Headers.Location!.OriginalString);
        Assert.Contains("samesite=none", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("partitioned", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Background jobs", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Contains("already been used", await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(replay.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Post_CallerWithAdminRole_GetsOnlyTheAllowedRolesAndIsAudited()
    {
        using var api = App.CreateApiClient(Tenant, "admin", "viewer");

        using var response = await api.PostAsJsonAsync("/api/embed-tokens", new { });
        var token = new JsonWebToken((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["viewer"], token.Claims.Where(c => c.Type == "role").Select(c => c.Value));
        Assert.Equal(Tenant.ToString(), token.GetClaim("tenant_id").Value);
        Assert.Equal("/embed", token.GetClaim("embed_path").Value);
        await using var db = await App.CreateDbContextAsync();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "embed_token.issued" && a.TenantId == Tenant));
    }

    [Fact]
    public async Task Post_CallerWithOnlyRolesThatMayNotBeEmbedded_Is403()
    {
        using var api = App.CreateApiClient(Tenant, "admin");

        using var response = await api.PostAsJsonAsync("/api/embed-tokens", new { });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("https://evil.example.test/", null, "path")]
    [InlineData("//evil.example.test", null, "path")]
    [InlineData("/embed/../account/signin", null, "path")]
    [InlineData("/jobs?x=1", null, "path")]
    [InlineData("/jobs", 5, "ttl_seconds")]
    [InlineData("/jobs", 301, "ttl_seconds")]
    public async Task Post_BadInput_Is400NamingTheFieldAndWritesNothing(string path, int? ttl, string field)
    {
        using var api = App.CreateApiClient(Tenant, "viewer");
        var before = await AuditCountAsync();

        using var response = await api.PostAsJsonAsync("/api/embed-tokens", new { path, ttl_seconds = ttl });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(before, await AuditCountAsync());
    }

    [Fact]
    public async Task EmbedToken_AsAnApiBearerToken_Is401()
    {
        using var api = App.CreateApiClient(Tenant, "viewer");
        using var issued = await api.PostAsJsonAsync("/api/embed-tokens", new { });
        var token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        using var misuse = App.CreateClient();
        misuse.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await misuse.GetAsync(new Uri("/api/integrations", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Exchange_ApiTokenOrAnotherPagesToken_IsRefusedWithoutASession()
    {
        using var api = App.CreateApiClient(Tenant, "viewer");
        using var issued = await api.PostAsJsonAsync("/api/embed-tokens", new { path = "/embed/background-jobs" });
        var embedToken = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        var apiToken = api.DefaultRequestHeaders.Authorization!.Parameter!;
        using var browser = App.CreateClient(new() { AllowAutoRedirect = false });

        using var withApiToken = await browser.GetAsync(new Uri($"/embed/background-jobs?embed_token={apiToken}", UriKind.Relative));
        using var onAnotherPage = await browser.GetAsync(new Uri($"/embed?embed_token={embedToken}", UriKind.Relative));
        using var tampered = await browser.GetAsync(new Uri($"/embed/background-jobs?embed_token={embedToken[..^4]}AAAA", UriKind.Relative));

        foreach (var response in new[] { withApiToken, onAnotherPage, tampered })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.False(response.Headers.Contains("Set-Cookie"));
        }
    }

    [Fact]
    public async Task EmbedPage_WithoutTokenOrSession_Is401NotASignInRedirect()
    {
        using var browser = App.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await browser.GetAsync(new Uri("/embed/background-jobs", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("POST /api/embed-tokens", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Headers_EmbedResponsesAllowTheConfiguredOrigins_ConsoleResponsesAllowNoFraming()
    {
        using var browser = App.CreateClient(new() { AllowAutoRedirect = false });

        using var embed = await browser.GetAsync(new Uri("/embed", UriKind.Relative));
        using var console = await browser.GetAsync(new Uri("/account/signin", UriKind.Relative));
        using var consolePage = await browser.GetAsync(new Uri("/background-jobs", UriKind.Relative));

        Assert.Equal("frame-ancestors 'self' https://host.example.test", embed.Headers.GetValues("Content-Security-Policy").Single());
        Assert.False(embed.Headers.Contains("X-Frame-Options"));
        foreach (var response in new[] { console, consolePage })
        {
            Assert.Equal("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        }
    }

    private static async Task<HttpResponseMessage> GetWithCookieAsync(HttpClient client, string path, string setCookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Cookie", setCookie.Split(';')[0]);
        return await client.SendAsync(request);
    }

    private async Task<int> AuditCountAsync()
    {
        await using var db = await App.CreateDbContextAsync();
        return await db.AuditEntries.CountAsync();
    }
}
