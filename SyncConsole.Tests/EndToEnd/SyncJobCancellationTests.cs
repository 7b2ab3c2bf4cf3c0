using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.EndToEnd;

[Trait("Category", TestCategories.Integration)]
// Small provider pages, so a full sync has many safe points to stop at.
public sealed class SyncJobCancellationTests()
    : AppTest(loopback: true, settings: new Dictionary<string, string?> { ["QuickBooks:PageSize"] = "20" })
{
    private readonly Guid tenant = Guid.NewGuid();

    [Fact]
    public async Task Cancel_RunningJobAndOneQueuedBehindIt_RunningStopsAndQueuedNeverStarts()
    {
        using var api = App.CreateApiClient(tenant, "operator", "viewer");
        await QuickBooksConnector.ConnectAsync(api, BaseUri);
        var running = await StartAsync(api, new { integration_id = "quickbooks", job_type = "full" });
        var queued = await StartAsync(api, new { integration_id = "quickbooks", job_type = "full", dry_run = true });
        await Eventually.ReturnsAsync(() => GetAsync(api, running), j => j.GetProperty("status").GetString() == "running", TimeSpan.FromSeconds(60), "the first job to run");

        using var cancelQueued = await api.PostAsync(new Uri($"/api/sync-jobs/{queued}/cancel", UriKind.Relative), null);
        using var cancelRunning = await api.PostAsync(new Uri($"/api/sync-jobs/{running}/cancel", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Accepted, cancelQueued.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, cancelRunning.StatusCode);
        var first = await SyncJobRunner.WaitAsync(api, running, TimeSpan.FromMinutes(2));
        Assert.Equal("cancelled", first.GetProperty("status").GetString());
        Assert.True(first.GetProperty("progress").GetDouble() < 1, first.ToString());
        await Task.Delay(TimeSpan.FromSeconds(2));
        var second = await GetAsync(api, queued);
        Assert.Equal("cancelled", second.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("started_at").ValueKind);

        using var again = await api.PostAsync(new Uri($"/api/sync-jobs/{running}/cancel", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var retry = await StartRetryAsync(api, running);
        Assert.Equal("succeeded", (await SyncJobRunner.WaitAsync(api, retry, TimeSpan.FromMinutes(3))).GetProperty("status").GetString());
    }

    private static async Task<string> StartAsync(HttpClient api, object body)
    {
        using var response = await api.PostAsJsonAsync(new Uri("/api/sync-jobs", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<string> StartRetryAsync(HttpClient api, string jobId)
    {
        using var response = await api.PostAsync(new Uri($"/api/sync-jobs/{jobId}/retry", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var retry = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(jobId, retry.GetProperty("retry_of").GetString());
        return retry.GetProperty("id").GetString()!;
    }

    private static Task<JsonElement> GetAsync(HttpClient api, string jobId) =>
        api.GetFromJsonAsync<JsonElement>(new Uri($"/api/sync-jobs/{jobId}", UriKind.Relative));
}
