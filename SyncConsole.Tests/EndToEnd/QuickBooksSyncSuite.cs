using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyncConsole.Data;
using SyncConsole.QuickBooks.Auth;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.EndToEnd;

/// <summary>
/// The whole product path on each database: the REST API, the job engine, Core's orchestrator, the QuickBooks
/// adapter over real HTTP to the emulator the app hosts, and the record store.
/// </summary>
// Debug everywhere: the token test below must see every line the app could write.
public abstract class QuickBooksSyncSuite(DatabaseProvider provider)
    : AppTest(provider, loopback: true, settings: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Debug" })
{
    private static readonly string[] AllEntities = ["account", "item", "customer", "vendor", "invoice", "bill", "payment"];
    private readonly Guid tenant = Guid.NewGuid();

    [Fact]
    public async Task FullSync_AfterConnectingADemoCompany_LoadsEveryEntityIntoTheRecordStore()
    {
        using var api = App.CreateApiClient(tenant, "operator", "viewer");
        var connected = await QuickBooksConnector.ConnectAsync(api, BaseUri);
        Assert.Equal("connected", connected.Connection.GetProperty("status").GetString());

        var job = await SyncJobRunner.RunAsync(api, new { integration_id = "quickbooks", job_type = "full" });

        Assert.True(job.GetProperty("status").GetString() == "succeeded", job.ToString());
        foreach (var entity in AllEntities)
        {
            var created = SyncJobRunner.Count(job, entity, "created");
            Assert.True(created > 0, $"no {entity} was created: {job}");
            var page = await api.GetFromJsonAsync<JsonElement>(new Uri($"/api/records/{entity}?page_size=1", UriKind.Relative));
            Assert.Equal(created, page.GetProperty("total").GetInt32());
        }
    }

    [Fact]
    public async Task RecordsApi_NewCustomer_IsCreatedInQuickBooksByTheNextSync()
    {
        using var api = App.CreateApiClient(tenant, "operator", "viewer");
        await QuickBooksConnector.ConnectAsync(api, BaseUri, company: "new:empty");
        var id = Guid.NewGuid().ToString("D");

        using var put = await api.PutAsJsonAsync(
            new Uri($"/api/records/customer/{id}", UriKind.Relative),
            new { display_name = "Amy's Bird Sanctuary", email = "birds@example.com", active = true });
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        var job = await SyncJobRunner.RunAsync(api, new { integration_id = "quickbooks", job_type = "incremental" });
        // QuickBooks sends a webhook for the customer our own sync created; the next job reads it back (taking the
        // defaults QuickBooks filled in, such as the currency), and after that the two sides rest: no ping-pong.
        var echo = await SyncJobRunner.RunAsync(api, new { integration_id = "quickbooks", job_type = "incremental" });
        var rest = await SyncJobRunner.RunAsync(api, new { integration_id = "quickbooks", job_type = "incremental" });

        Assert.True(job.GetProperty("status").GetString() == "succeeded", job.ToString());
        Assert.True(echo.GetProperty("status").GetString() == "succeeded", echo.ToString());
        Assert.Equal(0, SyncJobRunner.Count(echo, "customer", "conflicts"));
        Assert.Equal(0, SyncJobRunner.Count(rest, "customer", "created") + SyncJobRunner.Count(rest, "customer", "updated"));
        var record = await api.GetFromJsonAsync<JsonElement>(new Uri($"/api/records/customer/{id}", UriKind.Relative));
        var sync = record.GetProperty("sync").GetProperty("quickbooks");
        Assert.Equal("synced", sync.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(sync.GetProperty("external_id").GetString()));
    }

    [Fact]
    public async Task Tokens_AfterConnectAndSync_AppearNeitherInLogsNorInPlaintextInTheDatabase()
    {
        using var api = App.CreateApiClient(tenant, "operator", "viewer");
        await QuickBooksConnector.ConnectAsync(api, BaseUri, company: "new:empty");
        await SyncJobRunner.RunAsync(api, new { integration_id = "quickbooks", job_type = "incremental" });

        await using var db = await App.CreateDbContextAsync();
        var connection = await db.Connections.AsNoTracking().SingleAsync(c => c.TenantId == tenant);
        var tokens = (await App.Services.GetRequiredService<IQuickBooksTokenStore>().GetAsync(connection.Id, default))!;
        Assert.NotEmpty(App.Logs.Entries);
        foreach (var secret in new[] { tokens.AccessToken, tokens.RefreshToken })
        {
            Assert.DoesNotContain(App.Logs.Entries, e => e.Message.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(secret, connection.ProtectedCredentials!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Disconnect_Connected_RevokesAtTheProviderDeletesCredentialsAndKeepsHistory()
    {
        using var api = App.CreateApiClient(tenant, "operator", "viewer");
        await QuickBooksConnector.ConnectAsync(api, BaseUri, company: "new:empty");
        await SyncJobRunner.RunAsync(api, new { integration_id = "quickbooks", job_type = "incremental" });
        await using var db = await App.CreateDbContextAsync();
        var connectionId = (await db.Connections.AsNoTracking().SingleAsync(c => c.TenantId == tenant)).Id;
        var tokens = (await App.Services.GetRequiredService<IQuickBooksTokenStore>().GetAsync(connectionId, default))!;

        using var disconnect = await api.DeleteAsync(new Uri("/api/integrations/quickbooks", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.NoContent, disconnect.StatusCode);
        var connection = await db.Connections.AsNoTracking().SingleAsync(c => c.Id == connectionId);
        Assert.Equal("disconnected", connection.Status);
        Assert.Null(connection.ProtectedCredentials);
        Assert.Equal(1, await db.SyncJobs.CountAsync(j => j.ConnectionId == connectionId));
        // The provider no longer honours the old tokens: the grant was revoked, not just forgotten.
        using var emulator = new HttpClient();
        using var read = new HttpRequestMessage(HttpMethod.Get, new Uri(BaseUri, $"sandbox/quickbooks/v3/company/{tokens.RealmId}/query?query=select%20*%20from%20Customer"));
        read.Headers.Authorization = new("Bearer", tokens.AccessToken);
        using var refused = await emulator.SendAsync(read);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, refused.StatusCode);
        using var again = await api.DeleteAsync(new Uri("/api/integrations/quickbooks", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Sync_AfterTheUserRevokedAccessAtQuickBooks_FailsAndMarksTheConnectionNeedsReauth()
    {
        using var api = App.CreateApiClient(tenant, "operator", "viewer");
        await QuickBooksConnector.ConnectAsync(api, BaseUri, company: "new:empty");
        await using var db = await App.CreateDbContextAsync();
        var connectionId = (await db.Connections.AsNoTracking().SingleAsync(c => c.TenantId == tenant)).Id;
        var tokens = (await App.Services.GetRequiredService<IQuickBooksTokenStore>().GetAsync(connectionId, default))!;
        // What "Disconnect" in the QuickBooks app store does: the grant is revoked at Intuit, unknown to us.
        using var intuit = new HttpClient();
        using var revoke = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseUri, "sandbox/quickbooks/oauth2/v2/tokens/revoke"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = tokens.RefreshToken }),
        };
        revoke.Headers.Authorization = new("Basic", Convert.ToBase64String("syncconsole-sandbox:sandbox-secret"u8.ToArray()));
        using var revoked = await intuit.SendAsync(revoke);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);

        var job = await SyncJobRunner.RunAsync(api, new { integration_id = "quickbooks", job_type = "incremental" });

        Assert.True(job.GetProperty("status").GetString() == "failed", job.ToString());
        Assert.Contains("reauthorized", job.GetProperty("error").GetString(), StringComparison.Ordinal);
        var connections = await api.GetFromJsonAsync<JsonElement>(new Uri("/api/integrations", UriKind.Relative));
        Assert.Equal("needs_reauth", connections.EnumerateArray().Single().GetProperty("status").GetString());
    }
}
