using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SyncConsole.Benchmarks;

/// <summary>Starts sync jobs through the REST API and polls them to the end.</summary>
internal static class SyncJobs
{
    private static readonly string[] Finished = ["succeeded", "partially_succeeded", "failed", "cancelled"];

    /// <summary>Runs a job to the end; <paramref name="onPoll"/> sees every polled state. Returns the job and the wall time.</summary>
    public static async Task<(JsonElement Job, TimeSpan Elapsed)> RunAsync(
        HttpClient api, string jobType, TimeSpan pollInterval, Action<JsonElement>? onPoll, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var started = await api.PostAsJsonAsync(
            new Uri("/api/sync-jobs", UriKind.Relative), new { integration_id = "quickbooks", job_type = jobType }, cancellationToken);
        var id = (await QuickBooksConnection.Expect(started, HttpStatusCode.Accepted, cancellationToken)).GetProperty("id").GetString();
        while (true)
        {
            var job = await api.GetFromJsonAsync<JsonElement>(new Uri($"/api/sync-jobs/{id}", UriKind.Relative), cancellationToken);
            onPoll?.Invoke(job);
            if (Finished.Contains(job.GetProperty("status").GetString()))
            {
                var elapsed = clock.Elapsed;
                return job.GetProperty("status").GetString() == "succeeded"
                    ? (job, elapsed)
                    : throw new InvalidOperationException($"The {jobType} job did not succeed: {job}");
            }

            await Task.Delay(pollInterval, cancellationToken);
        }
    }

    /// <summary>How long the job waited to start and how long it ran, by its own timestamps.</summary>
    public static string Timing(JsonElement job)
    {
        var requested = job.GetProperty("requested_at").GetDateTimeOffset();
        var started = job.GetProperty("started_at").GetDateTimeOffset();
        var finished = job.GetProperty("finished_at").GetDateTimeOffset();
        return $"queued {(started - requested).TotalSeconds:F2} s, ran {(finished - started).TotalSeconds:F2} s";
    }

    /// <summary>A per-entity counter of a job (fetched, created, updated, skipped...).</summary>
    public static int Count(JsonElement job, string entityType, string counter) =>
        job.GetProperty("entities").EnumerateArray()
            .Where(e => e.GetProperty("entity_type").GetString() == entityType)
            .Sum(e => e.GetProperty(counter).GetInt32());
}
