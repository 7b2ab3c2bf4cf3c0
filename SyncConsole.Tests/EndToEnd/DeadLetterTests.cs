using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.EndToEnd;

/// <summary>
/// A record QuickBooks keeps refusing (the emulator's fault injection) is dead-lettered after the configured number
/// of failed jobs, parked, and synced by a replay once the fault is gone; a job failing on provider 5xx is retried.
/// </summary>
[Trait("Category", TestCategories.Integration)]
public sealed class DeadLetterTests() : AppTest(loopback: true, settings: new Dictionary<string, string?>
{
    ["DeadLetters:FailedJobsThreshold"] = "3",
    ["DeadLetters:JobRetryBaseDelay"] = "00:00:01",
    ["QuickBooks:MaxRetryAttempts"] = "1",
    ["QuickBooks:RetryBaseDelay"] = "00:00:00.050",
})
{
    private static readonly object Incremental = new { integration_id = "quickbooks", job_type = "incremental" };
    private static readonly object RefuseTheVendor = new { refuse_writes_containing = new[] { "Refused Supplies" } };
    private static readonly string[] SyncedOrEcho = ["synced", "pending_inbound"];
    private readonly Guid tenant = Guid.NewGuid();

    [Fact]
    public async Task RefusedRecord_FailsInThreeJobs_IsDeadLetteredParkedAndSyncedByReplay()
    {
        using var api = App.CreateApiClient(tenant, "operator", "viewer");
        var connected = await QuickBooksConnector.ConnectAsync(api, BaseUri, company: "new:empty");
        var id = Guid.NewGuid().ToString("D");
        using var put = await api.PutAsJsonAsync(new Uri($"/api/records/vendor/{id}", UriKind.Relative), new { display_name = "Refused Supplies Ltd", active = true });
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        await SetFaultsAsync(connected.RealmId, RefuseTheVendor);

        for (var job = 1; job <= 2; job++)
        {
            var run = await SyncJobRunner.RunAsync(api, Incremental);
            Assert.True(SyncJobRunner.Count(run, "vendor", "failed") == 1, run.ToString());
            Assert.Equal(0, (await DeadLettersAsync(api, "")).GetProperty("total").GetInt32());
        }

        var third = await SyncJobRunner.RunAsync(api, Incremental);
        var letters = await DeadLettersAsync(api, "?status=open");
        var letter = Assert.Single(letters.GetProperty("items").EnumerateArray());
        var parked = await SyncJobRunner.RunAsync(api, Incremental);

        Assert.Equal("partially_succeeded", third.GetProperty("status").GetString());
        Assert.Equal(id, letter.GetProperty("record_id").GetString());
        Assert.Equal("outbound", letter.GetProperty("direction").GetString());
        Assert.Equal("create", letter.GetProperty("operation").GetString());
        Assert.Equal(3, letter.GetProperty("attempts").GetInt32());
        Assert.Equal("Refused Supplies Ltd", letter.GetProperty("payload").GetProperty("display_name").GetString());
        Assert.Contains("business validation", letter.GetProperty("error").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.True(letter.GetProperty("first_failed_at").GetDateTimeOffset() < letter.GetProperty("last_failed_at").GetDateTimeOffset());
        Assert.Equal(0, SyncJobRunner.Count(parked, "vendor", "failed"));

        await SetFaultsAsync(connected.RealmId, new { });
        using var replay = await api.PostAsync(new Uri($"/api/dead-letters/{letter.GetProperty("id").GetString()}/replay", UriKind.Relative), null);
        var replayed = await replay.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(replay.StatusCode == HttpStatusCode.Accepted, replayed.ToString());
        var replayJob = await SyncJobRunner.WaitAsync(api, replayed.GetProperty("job_id").GetString()!, TimeSpan.FromMinutes(2));

        Assert.Equal("entity", replayJob.GetProperty("job_type").GetString());
        Assert.Equal(1, SyncJobRunner.Count(replayJob, "vendor", "created"));
        var record = await api.GetFromJsonAsync<JsonElement>(new Uri($"/api/records/vendor/{id}", UriKind.Relative));
        var sync = record.GetProperty("sync").GetProperty("quickbooks");
        // Created in QuickBooks; its webhook echo (pending_inbound) may already have arrived.
        Assert.Contains(sync.GetProperty("status").GetString(), SyncedOrEcho);
        Assert.False(string.IsNullOrEmpty(sync.GetProperty("external_id").GetString()));
        var resolved = Assert.Single((await DeadLettersAsync(api, "?status=resolved")).GetProperty("items").EnumerateArray());
        Assert.Equal("test-user", resolved.GetProperty("replayed_by").GetString());
        var audit = await api.GetFromJsonAsync<JsonElement>(new Uri("/api/audit", UriKind.Relative));
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), a => a.GetProperty("action").GetString() == "dead_letter.replayed");
        using var again = await api.PostAsync(new Uri($"/api/dead-letters/{letter.GetProperty("id").GetString()}/replay", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Job_ProviderAnswers500_IsRetriedWithBackoffAndSucceedsOnceTheFaultClears()
    {
        using var api = App.CreateApiClient(tenant, "operator", "viewer");
        var connected = await QuickBooksConnector.ConnectAsync(api, BaseUri, company: "new:empty");
        await SetFaultsAsync(connected.RealmId, new { server_error_rate = 1.0 });

        using var started = await api.PostAsJsonAsync(new Uri("/api/sync-jobs", UriKind.Relative), Incremental);
        var jobId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var waiting = await Eventually.ReturnsAsync(
            () => JobRowAsync(jobId), j => j.RetryAttempt >= 1, TimeSpan.FromSeconds(60), "the first transient failure");
        Assert.Equal("queued", waiting.Status);
        Assert.NotNull(waiting.NextRetryAt);
        Assert.Contains("transient", waiting.Error, StringComparison.Ordinal);
        await SetFaultsAsync(connected.RealmId, new { });

        var finished = await SyncJobRunner.WaitAsync(api, jobId, TimeSpan.FromMinutes(2));

        Assert.Equal("succeeded", finished.GetProperty("status").GetString());
        var row = await JobRowAsync(jobId);
        Assert.InRange(row.RetryAttempt, 1, 5);
        Assert.True(row.Attempts == row.RetryAttempt + 1, $"{row.Attempts} runs for {row.RetryAttempt} retries");
        Assert.Null(row.NextRetryAt);
    }

    private async Task<SyncJobs.SyncJobRow> JobRowAsync(string jobId)
    {
        await using var db = await App.CreateDbContextAsync();
        return await db.SyncJobs.AsNoTracking().SingleAsync(j => j.Id == jobId);
    }

    private async Task SetFaultsAsync(string realmId, object faults)
    {
        using var http = new HttpClient { BaseAddress = BaseUri };
        using var response = await http.PutAsJsonAsync(new Uri($"sandbox/quickbooks/admin/realms/{realmId}/faults", UriKind.Relative), faults);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    private static Task<JsonElement> DeadLettersAsync(HttpClient api, string query) =>
        api.GetFromJsonAsync<JsonElement>(new Uri($"/api/dead-letters{query}", UriKind.Relative));
}
