using Microsoft.Extensions.DependencyInjection;
using SyncConsole.Security.Jwt;
using SyncConsole.SyncJobs;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Hubs;

[Trait("Category", TestCategories.Integration)]
public sealed class SyncHubTests() : AppTest(loopback: true)
{
    private static readonly Guid TenantA = Guid.NewGuid();
    private static readonly Guid TenantB = Guid.NewGuid();
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task JoinTenant_JobsOfTwoTenants_EachClientHearsOnlyItsOwn()
    {
        await using var a = await SignalRSocket.ConnectAsync(BaseUri, "hubs/sync", Token(TenantA));
        await using var b = await SignalRSocket.ConnectAsync(BaseUri, "hubs/sync", Token(TenantB));
        await a.InvokeAsync("JoinTenant");
        await b.InvokeAsync("JoinTenant");
        await a.NextCompletionAsync(Wait);
        await b.NextCompletionAsync(Wait);
        var broadcaster = App.Services.GetRequiredService<SyncJobBroadcaster>();

        broadcaster.Progress(TenantA, "job-a", "running", 0.5, []);
        broadcaster.Progress(TenantB, "job-b", "running", 0.25, []);
        broadcaster.Finished(TenantA, "job-a", "succeeded", 1, []);

        var progressA = await a.NextAsync("JobProgress", Wait);
        Assert.Equal("job-a", progressA.GetProperty("job_id").GetString());
        Assert.Equal(0.5, progressA.GetProperty("progress").GetDouble());
        var finishedA = await a.NextAsync("JobFinished", Wait);
        Assert.Equal("succeeded", finishedA.GetProperty("status").GetString());
        var progressB = await b.NextAsync("JobProgress", Wait);
        Assert.Equal("job-b", progressB.GetProperty("job_id").GetString());
        // B must never see A's job, whatever arrives next.
        broadcaster.Progress(TenantB, "job-b2", "running", 0.9, []);
        Assert.Equal("job-b2", (await b.NextAsync("JobProgress", Wait)).GetProperty("job_id").GetString());
    }

    [Fact]
    public async Task JoinJob_AnotherTenantsJob_IsRefused()
    {
        await using var b = await SignalRSocket.ConnectAsync(BaseUri, "hubs/sync", Token(TenantB));

        await b.InvokeAsync("JoinJob", "no-such-job-of-mine");

        var completion = await b.NextCompletionAsync(Wait);
        Assert.Contains("No such job", completion.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_WithoutToken_IsRefused()
    {
        await Assert.ThrowsAnyAsync<System.Net.WebSockets.WebSocketException>(() =>
            SignalRSocket.ConnectAsync(BaseUri, "hubs/sync", "not-a-token"));
    }

    private string Token(Guid tenant) => App.Services.GetRequiredService<TokenIssuer>().Issue("hub-user", tenant, ["viewer"]);
}
