using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyncConsole.Data;
using SyncConsole.Demo;
using SyncConsole.Jobs;
using SyncConsole.Tenancy;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Data;

/// <summary>
/// The same persistence and scheduler specification, run against each provider by the subclasses below: whatever
/// SQLite (the embedded default) does, PostgreSQL (production) must do too.
/// </summary>
public abstract class PersistenceSuite(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly ClaimsPrincipal Admin = TestUsers.Admin(Guid.NewGuid());
    private TestDatabase database = default!;
    private SyncConsoleAppFactory app = default!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        app = new SyncConsoleAppFactory(database);
        _ = app.Services; // starts the host: migrations, demo seed, scheduler
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        database.Dispose();
    }

    [Fact]
    public async Task Startup_FreshDatabase_AppliesEveryMigrationAndSchemaMatchesModel()
    {
        await using var db = await app.CreateDbContextAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "The EF model has changes no migration captures.");
        var tables = await SchemaReader.TablesAsync(db, provider);
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            Assert.Contains(table, tables);
            var columns = await SchemaReader.ColumnsAsync(db, provider, table);
            var store = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var property in entity.GetProperties())
            {
                Assert.Contains(property.GetColumnName(store), columns);
            }
        }
    }

    [Fact]
    public async Task Startup_FreshDatabase_CreatesQuartzStoreInTheSameDatabase()
    {
        await using var db = await app.CreateDbContextAsync();

        var tables = await SchemaReader.TablesAsync(db, provider);

        var quartzTables = tables.Where(t => t.StartsWith("qrtz_", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(quartzTables.Count >= 11, $"Expected Quartz's tables, found: {string.Join(", ", quartzTables)}");
    }

    [Fact]
    public async Task HealthReady_AppRunning_ReportsDatabaseAndPersistentScheduler()
    {
        using var client = app.CreateClient();

        // Quartz starts once the application has started, so the first moments may rightly answer "not ready".
        using var response = await Eventually.ReturnsAsync(
            () => client.GetAsync(new Uri("/health/ready", UriKind.Relative)), r => r.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30), "the app to be ready");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = body.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        var scheduler = checks.GetProperty("scheduler");
        Assert.Equal("Healthy", scheduler.GetProperty("status").GetString());
        Assert.True(scheduler.GetProperty("data").GetProperty("persistent").GetBoolean());
        Assert.Equal(provider == DatabaseProvider.Postgres, scheduler.GetProperty("data").GetProperty("clustered").GetBoolean());
    }

    [Fact]
    public async Task HealthLive_AppRunning_AnswersHealthy()
    {
        using var client = app.CreateClient();

        var body = await client.GetStringAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Contains("\"status\":\"Healthy\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HousekeepingJob_TriggeredNow_RecordsARunThroughThePersistentStore()
    {
        var jobs = app.Services.GetRequiredService<ScheduledJobsService>();
        var before = (await jobs.RecentHousekeepingRunsAsync(Admin, 100)).Count;

        await jobs.RunNowAsync(Admin, new ScheduleKey(ScheduleKind.Job, HousekeepingJob.Key.Group, HousekeepingJob.Key.Name));

        var runs = await Eventually.ReturnsAsync(
            () => jobs.RecentHousekeepingRunsAsync(Admin, 100), r => r.Count > before, TimeSpan.FromSeconds(30), "a housekeeping run");
        Assert.False(string.IsNullOrEmpty(runs[0].SchedulerInstanceId));
        var listed = await jobs.ListAsync(Admin);
        Assert.Contains(listed, j => j.Title == HousekeepingJob.Key.Name && j.Owner is null && j.NextFireTime is not null);
    }

    [Fact]
    public async Task DemoSeed_AppRestarted_LeavesExactlyOneDemoTenant()
    {
        await app.DisposeAsync();
        app = new SyncConsoleAppFactory(database);
        _ = app.Services;

        await using var db = await app.CreateDbContextAsync();
        var demoTenantId = new DemoOptions().TenantId;
        Assert.Equal(1, await db.Tenants.CountAsync(t => t.Id == demoTenantId));
    }

    [Fact]
    public async Task SessionCookie_AppRestarted_StillSignsIn_BecauseKeysAreInTheDatabase()
    {
        string cookie;
        using (var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }))
        {
            cookie = await DemoSignIn.SessionCookieAsync(client);
        }

        await using (var db = await app.CreateDbContextAsync())
        {
            Assert.True(await db.DataProtectionKeys.AnyAsync(), "The key that protects the cookie must be in the database.");
        }

        await app.DisposeAsync();
        app = new SyncConsoleAppFactory(database);
        using var restarted = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/background-jobs", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        using var response = await restarted.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task QuickBooksSandbox_AppRestarted_KeepsCompanyRecordsAndTokens()
    {
        string realmId, accessToken, customerId;
        using (var client = app.CreateClient())
        {
            using var created = await client.PostAsJsonAsync(new Uri("/sandbox/quickbooks/admin/realms", UriKind.Relative), new { name = "Restart Co", seed = "empty" });
            created.EnsureSuccessStatusCode();
            var realm = await created.Content.ReadFromJsonAsync<JsonElement>();
            realmId = realm.GetProperty("realm_id").GetString()!;
            accessToken = realm.GetProperty("access_token").GetString()!;
            using var request = SandboxRequest(HttpMethod.Post, realmId, "customer?minorversion=75&requestid=r-1", accessToken);
            request.Content = new StringContent("""{"DisplayName":"Thrifty Meats"}""", System.Text.Encoding.UTF8, "application/json");
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(response.IsSuccessStatusCode, body.ToString());
            customerId = body.GetProperty("Customer").GetProperty("Id").GetString()!;
        }

        await app.DisposeAsync();
        app = new SyncConsoleAppFactory(database);
        using var restarted = app.CreateClient();
        using var read = SandboxRequest(HttpMethod.Get, realmId, $"customer/{customerId}?minorversion=75", accessToken);
        using var readResponse = await restarted.SendAsync(read);

        var customer = await readResponse.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, readResponse.StatusCode);
        Assert.Equal("Thrifty Meats", customer.GetProperty("Customer").GetProperty("DisplayName").GetString());
    }

    [Fact]
    public async Task Tenant_SavedAndReadBack_KeepsUtcTimeAndOrdering()
    {
        var early = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        await using (var db = await app.CreateDbContextAsync())
        {
            db.Tenants.Add(new Tenant { Id = Guid.NewGuid(), Name = "Later", CreatedAt = early.AddHours(1) });
            db.Tenants.Add(new Tenant { Id = Guid.NewGuid(), Name = "Earlier", CreatedAt = early });
            await db.SaveChangesAsync();
        }

        await using var read = await app.CreateDbContextAsync();
        var ordered = await read.Tenants.Where(t => t.CreatedAt >= early && t.CreatedAt < early.AddDays(1)).OrderBy(t => t.CreatedAt).ToListAsync();

        Assert.Equal(["Earlier", "Later"], ordered.Select(t => t.Name));
        Assert.Equal(early, ordered[0].CreatedAt);
        Assert.Equal(TimeSpan.Zero, ordered[0].CreatedAt.Offset);
    }

    private static HttpRequestMessage SandboxRequest(HttpMethod method, string realmId, string path, string token)
    {
        var request = new HttpRequestMessage(method, new Uri($"/sandbox/quickbooks/v3/company/{realmId}/{path}", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }
}
