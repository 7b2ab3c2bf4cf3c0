using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SyncConsole.Data;
using SyncConsole.Security.Jwt;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.EndToEnd;

/// <summary>Two app instances on one PostgreSQL database: a job's progress is heard on the node that does not run it.</summary>
[Trait("Category", TestCategories.Postgres)]
public sealed class TwoNodeProgressTests : IAsyncLifetime
{
    private readonly Guid tenant = Guid.NewGuid();
    private TestDatabase database = default!;
    private SyncConsoleAppFactory runner = default!;
    private SyncConsoleAppFactory watcher = default!;
    private Uri runnerUri = default!;
    private Uri watcherUri = default!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        runner = new SyncConsoleAppFactory(database);
        runnerUri = runner.StartOnLoopback();
        watcher = new SyncConsoleAppFactory(database);
        watcherUri = watcher.StartOnLoopback();
    }

    public async Task DisposeAsync()
    {
        await watcher.DisposeAsync();
        await runner.DisposeAsync();
        database.Dispose();
    }

    [Fact]
    public async Task JobProgress_JobRunningOnNodeOne_IsHeardByAClientOfNodeTwo()
    {
        using var api = runner.CreateApiClient(tenant, "operator", "viewer");
        await QuickBooksConnector.ConnectAsync(api, runnerUri);
        var token = watcher.Services.GetRequiredService<TokenIssuer>().Issue("watcher", tenant, ["viewer"]);
        await using var client = await SignalRSocket.ConnectAsync(watcherUri, "hubs/sync", token);
        await client.InvokeAsync("JoinTenant");
        await client.NextCompletionAsync(TimeSpan.FromSeconds(10));

        using var started = await api.PostAsJsonAsync(new Uri("/api/sync-jobs", UriKind.Relative), new { integration_id = "quickbooks", job_type = "full" });
        var jobId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var progress = await client.NextAsync("JobProgress", TimeSpan.FromMinutes(2));
        Assert.Equal(jobId, progress.GetProperty("job_id").GetString());
        var finished = await client.NextAsync("JobFinished", TimeSpan.FromMinutes(3));
        Assert.Equal(jobId, finished.GetProperty("job_id").GetString());
        Assert.Equal("succeeded", finished.GetProperty("status").GetString());
    }
}
