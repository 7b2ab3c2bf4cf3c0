using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using SyncConsole.QuickBooks.Auth;
using SyncConsole.Tests.Infrastructure;
using SyncConsole.Tests.QuickBooks.Fakes;
using SyncConsole.Tests.QuickBooks.Sandbox;

namespace SyncConsole.Tests.QuickBooks.Auth;

[Trait("Category", TestCategories.Integration)]
public sealed partial class QuickBooksOAuthClientTests(SandboxServerFixture fixture) : IClassFixture<SandboxServerFixture>
{
    private static readonly Uri RedirectUri = new("https://app.example.com/integrations/quickbooks/callback");

    private SandboxServer Server => fixture.Server;

    [Fact]
    public async Task AuthorizationCodeFlow_ThroughThePlainHtmlConsentForm_GivesWorkingTokens()
    {
        using var clients = new QuickBooksTestClients(Server);
        var (code, state, realmId) = await ConsentAsync(clients, "state-123");

        var tokens = await clients.OAuth.ExchangeCodeAsync(code, RedirectUri, realmId, CancellationToken.None);

        Assert.Equal("state-123", state);
        Assert.Equal(realmId, tokens.RealmId);
        Assert.True(tokens.AccessTokenExpiresAt > clients.Clock.GetUtcNow().AddMinutes(59));
        Assert.DoesNotContain(tokens.AccessToken, tokens.ToString(), StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v3/company/{realmId}/query?query=SELECT%20*%20FROM%20Account");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        using var response = await Server.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ExchangeCode_UsedTwice_NeedsReauthorization()
    {
        using var clients = new QuickBooksTestClients(Server);
        var (code, _, realmId) = await ConsentAsync(clients, "s");
        await clients.OAuth.ExchangeCodeAsync(code, RedirectUri, realmId, CancellationToken.None);

        await Assert.ThrowsAsync<QuickBooksReauthorizationRequiredException>(() => clients.OAuth.ExchangeCodeAsync(code, RedirectUri, realmId, CancellationToken.None));
    }

    [Fact]
    public async Task Refresh_RotatesTheRefreshToken_AndTheOldOneDiesImmediately()
    {
        using var clients = new QuickBooksTestClients(Server);
        var realm = await Server.CreateRealmAsync();
        var original = new QuickBooksTokenSet(realm.RealmId, realm.AccessToken, realm.RefreshToken, DateTimeOffset.MinValue, DateTimeOffset.MaxValue);

        var refreshed = await clients.OAuth.RefreshAsync(original, CancellationToken.None);

        Assert.NotEqual(original.RefreshToken, refreshed.RefreshToken);
        await Assert.ThrowsAsync<QuickBooksReauthorizationRequiredException>(() => clients.OAuth.RefreshAsync(original, CancellationToken.None));
        var again = await clients.OAuth.RefreshAsync(refreshed, CancellationToken.None);
        Assert.NotEqual(refreshed.AccessToken, again.AccessToken);
    }

    [Fact]
    public async Task Revoke_ThenRefreshOrCallTheApi_IsRefused()
    {
        using var clients = new QuickBooksTestClients(Server);
        var realm = await Server.CreateRealmAsync();
        var tokens = new QuickBooksTokenSet(realm.RealmId, realm.AccessToken, realm.RefreshToken, DateTimeOffset.MinValue, DateTimeOffset.MaxValue);

        await clients.OAuth.RevokeAsync(tokens.RefreshToken, CancellationToken.None);

        await Assert.ThrowsAsync<QuickBooksReauthorizationRequiredException>(() => clients.OAuth.RefreshAsync(tokens, CancellationToken.None));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v3/company/{realm.RealmId}/query?query=SELECT%20*%20FROM%20Item");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", realm.AccessToken);
        using var response = await Server.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TokenEndpoint_WithClientSecretPost_IsAccepted_AndWithWrongSecretIs401()
    {
        var realm = await Server.CreateRealmAsync();

        using var ok = await Server.Http.PostAsync("oauth2/v1/tokens/bearer", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = realm.RefreshToken,
            ["client_id"] = SandboxServer.ClientId,
            ["client_secret"] = SandboxServer.ClientSecret,
        }));
        using var bad = await Server.Http.PostAsync("oauth2/v1/tokens/bearer", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = realm.RefreshToken,
            ["client_id"] = SandboxServer.ClientId,
            ["client_secret"] = "wrong",
        }));

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
    }

    [Fact]
    public async Task ConsentPage_Cancelled_RedirectsWithAccessDeniedAndTheState()
    {
        using var clients = new QuickBooksTestClients(Server);
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var form = new Dictionary<string, string>
        {
            ["client_id"] = SandboxServer.ClientId,
            ["redirect_uri"] = RedirectUri.AbsoluteUri,
            ["state"] = "s-9",
            ["company"] = "new:empty",
            ["decision"] = "deny",
        };

        using var response = await noRedirects.PostAsync(clients.OAuth.BuildAuthorizationUrl("s-9", RedirectUri).GetLeftPart(UriPartial.Path), new FormUrlEncodedContent(form));

        var query = QueryHelpers.ParseQuery(response.Headers.Location!.Query);
        Assert.Equal("access_denied", query["error"]);
        Assert.Equal("s-9", query["state"]);
        Assert.False(query.ContainsKey("code"));
    }

    [Fact]
    public async Task ConsentPage_ForAnUnknownClient_IsRefused()
    {
        var url = $"oauth2/authorize?client_id=someone-else&response_type=code&scope=x&redirect_uri={Uri.EscapeDataString(RedirectUri.AbsoluteUri)}&state=s";

        using var response = await Server.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ApiCall_AfterTheConnectionWasRevoked_NeedsReauthorization()
    {
        using var clients = new QuickBooksTestClients(Server);
        var realm = await Server.CreateRealmAsync();
        var connection = clients.Connect(realm);
        await clients.OAuth.RevokeAsync(realm.RefreshToken, CancellationToken.None);

        await Assert.ThrowsAsync<QuickBooksReauthorizationRequiredException>(() =>
            clients.Api.ReadAsync<SyncConsole.QuickBooks.Api.Dtos.QboCustomer>(connection, "1", CancellationToken.None));
    }

    [Fact]
    public void BuildAuthorizationUrl_CarriesClientScopeRedirectAndState()
    {
        using var clients = new QuickBooksTestClients(Server);

        var url = clients.OAuth.BuildAuthorizationUrl("xyz", RedirectUri);

        var query = QueryHelpers.ParseQuery(url.Query);
        Assert.Equal(new Uri(Server.BaseAddress, "/sandbox/quickbooks/oauth2/authorize").AbsoluteUri, url.GetLeftPart(UriPartial.Path));
        Assert.Equal(SandboxServer.ClientId, query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("com.intuit.quickbooks.accounting", query["scope"]);
        Assert.Equal(RedirectUri.AbsoluteUri, query["redirect_uri"]);
        Assert.Equal("xyz", query["state"]);
    }

    /// <summary>Does what a browser does with the consent page: read the form, pick a new company, press Connect.</summary>
    private async Task<(string Code, string State, string RealmId)> ConsentAsync(QuickBooksTestClients clients, string state)
    {
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var page = await noRedirects.GetStringAsync(clients.OAuth.BuildAuthorizationUrl(state, RedirectUri));
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        var action = FormAction().Match(page).Groups[1].Value;
        var fields = HiddenField().Matches(page).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        fields["company"] = "new:empty";
        fields["decision"] = "approve";

        using var response = await noRedirects.PostAsync(new Uri(Server.BaseAddress, WebUtility.HtmlDecode(action)), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(RedirectUri.AbsoluteUri, location.AbsoluteUri, StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(location.Query);
        return (query["code"]!, query["state"]!, query["realmId"]!);
    }

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenField();
}
