using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SyncConsole.Data;
using SyncConsole.QuickBooks.Sandbox.Storage;
using SyncConsole.Security.Jwt;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.EndToEnd;

/// <summary>
/// Two SyncConsole processes on one PostgreSQL database form one Quartz cluster; QuickBooks is an emulator in a
/// third app (this test process, on its own SQLite database), reached over real HTTP. Nodes are killed with SIGKILL.
/// </summary>
[Trait("Category", TestCategories.Postgres)]
public sealed class ClusterTests : IAsyncLifetime
{
    private static readonly TimeSpan JobTimeout = TimeSpan.FromMinutes(5);
    private readonly string dataFolder = Directory.CreateTempSubdirectory("syncconsole-cluster-").FullName;
    private TestDatabase emulatorDatabase = default!;
    private TestDatabase database = default!;
    private SyncConsoleAppFactory emulator = default!;
    private AppProcess nodeA = default!;
    private AppProcess nodeB = default!;

    public async Task InitializeAsync()
    {
        emulatorDatabase = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        emulator = new SyncConsoleAppFactory(emulatorDatabase);
        var emulatorUri = emulator.StartOnLoopback();
        database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:SyncConsole"] = database.ConnectionString,
            // Shared so both nodes decrypt the credentials either one stored (the generated development key ring).
            ["Database:DataDirectory"] = dataFolder,
            ["Scheduler:InstanceName"] = $"cluster-{Guid.NewGuid():N}",
            ["Scheduler:ClusterCheckinInterval"] = "00:00:02",
            ["Auth:Jwt:SigningKeys:0"] = SyncConsoleAppFactory.TestSigningKey,
            ["QuickBooks:EmulatorBaseUrl"] = emulatorUri.GetLeftPart(UriPartial.Authority),
            // The test writes a few hundred records as fast as it can, far above the API's default rate limit.
            ["Api:RequestsPerMinute"] = "100000",
            ["Api:Burst"] = "10000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:SyncConsole.SyncJobs"] = "Information",
        };
        nodeA = new AppProcess("node-a", settings);
        nodeB = new AppProcess("node-b", settings);
        // One after the other: the first migrates the database and seeds the demo tenant.
        await nodeA.StartAsync();
        await nodeB.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await nodeA.DisposeAsync();
        await nodeB.DisposeAsync();
        await emulator.DisposeAsync();
        emulatorDatabase.Dispose();
        database.Dispose();
        Directory.Delete(dataFolder, recursive: true);
    }

    [Fact]
    public async Task FullSync_NodeKilledMidway_IsResumedByTheOtherNodeWithoutDuplicatesOrLoss()
    {
        const int customers = 240;
        var tenant = Guid.NewGuid();
        using var api = nodeA.CreateApiClient(Token(tenant));
        var realm = (await QuickBooksConnector.ConnectAsync(api, nodeA.BaseUri, company: "new:empty")).RealmId;
        var names = await CreateCustomersAsync(api, customers);

        var jobId = await StartJobAsync(api, "full");
        var victim = await Eventually.ReturnsAsync(
            () => Task.FromResult(Array.Find([nodeA, nodeB], node => StartCount(node, jobId) > 0)), node => node is not null, JobTimeout, $"job {jobId} to start");
        var survivor = victim == nodeA ? nodeB : nodeA;
        using var survivorApi = survivor.CreateApiClient(Token(tenant));
        // Counted at QuickBooks, not in the job's results: those are written a page at a time.
        var store = emulator.Services.GetRequiredService<ISandboxStore>();
        await Eventually.ReturnsAsync(
            async () => (await store.ListRecordsAsync(realm, "Customer", default)).Count, created => created >= 40, JobTimeout, "some customers to be pushed");
        await victim!.KillAsync();

        var job = await SyncJobRunner.WaitAsync(survivorApi, jobId, JobTimeout);
        await victim.StartAsync();

        Assert.True(job.GetProperty("status").GetString() == "succeeded", job.ToString());
        Assert.Equal(2, job.GetProperty("attempts").GetInt32());
        Assert.Equal(1, StartCount(victim, jobId));
        Assert.Equal(1, StartCount(survivor, jobId));
        var stored = await emulator.Services.GetRequiredService<ISandboxStore>().ListRecordsAsync(realm, "Customer", default);
        var storedNames = stored.Select(r => JsonDocument.Parse(r.Json).RootElement.GetProperty("DisplayName").GetString()).ToList();
        Assert.Equal(names.Order(), storedNames.Order());
        var status = await CustomerStatusAsync(survivorApi);
        Assert.Equal(customers, status.GetProperty("synced").GetInt32());
        Assert.Equal(0, status.GetProperty("pending_outbound").GetInt32() + status.GetProperty("failed").GetInt32());
        using var again = nodeA.CreateApiClient(Token(tenant));
        var rest = await SyncJobRunner.RunAsync(again, new { integration_id = "quickbooks", job_type = "incremental" }, JobTimeout);
        Assert.Equal(0, SyncJobRunner.Count(rest, "customer", "created") + SyncJobRunner.Count(rest, "customer", "failed"));
    }

    [Fact]
    public async Task Jobs_RequestedOnBothNodes_EachRunExactlyOnceAndProgressIsHeardOnBoth()
    {
        var tenants = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
        var realms = new Dictionary<Guid, string>();
        foreach (var tenant in tenants)
        {
            using var api = nodeA.CreateApiClient(Token(tenant));
            realms[tenant] = (await QuickBooksConnector.ConnectAsync(api, nodeA.BaseUri, company: "new:empty")).RealmId;
            await CreateCustomersAsync(api, 15);
        }

        var watched = tenants[0];
        await using var hubA = await JoinTenantAsync(nodeA, watched);
        await using var hubB = await JoinTenantAsync(nodeB, watched);
        var jobs = new Dictionary<string, Guid>();
        foreach (var round in Enumerable.Range(0, 4))
        {
            foreach (var tenant in tenants)
            {
                using var api = (round % 2 == 0 ? nodeA : nodeB).CreateApiClient(Token(tenant));
                jobs[await StartJobAsync(api, round == 0 ? "full" : "incremental")] = tenant;
            }
        }

        var progressA = await hubA.NextAsync("JobProgress", JobTimeout);
        var progressB = await hubB.NextAsync("JobProgress", JobTimeout);
        foreach (var (jobId, tenant) in jobs)
        {
            using var api = nodeB.CreateApiClient(Token(tenant));
            var job = await SyncJobRunner.WaitAsync(api, jobId, JobTimeout);
            Assert.True(job.GetProperty("status").GetString() == "succeeded", job.ToString());
            Assert.Equal(1, job.GetProperty("attempts").GetInt32());
            Assert.Equal(1, StartCount(nodeA, jobId) + StartCount(nodeB, jobId));
        }

        Assert.Equal(progressA.GetProperty("job_id").GetString(), progressB.GetProperty("job_id").GetString());
        foreach (var tenant in tenants)
        {
            var stored = await emulator.Services.GetRequiredService<ISandboxStore>().ListRecordsAsync(realms[tenant], "Customer", default);
            Assert.Equal(15, stored.Count);
        }
    }

    private string Token(Guid tenant) =>
        emulator.Services.GetRequiredService<TokenIssuer>().Issue("cluster-test", tenant, ["operator", "viewer"]);

    private static async Task<List<string>> CreateCustomersAsync(HttpClient api, int count)
    {
        var names = new List<string>();
        foreach (var n in Enumerable.Range(1, count))
        {
            var name = $"Cluster customer {n:D4} {Guid.NewGuid():N}"[..30];
            using var put = await api.PutAsJsonAsync(
                new Uri($"/api/records/customer/{Guid.NewGuid():D}", UriKind.Relative), new { display_name = name, active = true });
            Assert.Equal(HttpStatusCode.Created, put.StatusCode);
            names.Add(name);
        }

        return names;
    }

    private static async Task<string> StartJobAsync(HttpClient api, string jobType)
    {
        using var started = await api.PostAsJsonAsync(new Uri("/api/sync-jobs", UriKind.Relative), new { integration_id = "quickbooks", job_type = jobType });
        var job = await started.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, job.ToString());
        return job.GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> CustomerStatusAsync(HttpClient api)
    {
        var status = await api.GetFromJsonAsync<JsonElement>(new Uri("/api/integrations/quickbooks/sync-status", UriKind.Relative));
        return status.EnumerateArray().Single(e => e.GetProperty("entity_type").GetString() == "customer");
    }

    private async Task<SignalRSocket> JoinTenantAsync(AppProcess node, Guid tenant)
    {
        var hub = await SignalRSocket.ConnectAsync(node.BaseUri, "hubs/sync", Token(tenant));
        await hub.InvokeAsync("JoinTenant");
        await hub.NextCompletionAsync(TimeSpan.FromSeconds(10));
        return hub;
    }

    // How many times the node logged starting the job (once per attempt it ran).
    private static int StartCount(AppProcess node, string jobId) =>
        node.Output.Count(line => line.Contains($"Sync job {jobId} started", StringComparison.Ordinal));
}
