using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SyncConsole.Tests.Infrastructure;

/// <summary>Starts sync jobs through the API and waits (bounded) for them to finish.</summary>
internal static class SyncJobRunner
{
    private static readonly string[] Finished = ["succeeded", "partially_succeeded", "failed", "cancelled"];

    public static async Task<JsonElement> RunAsync(HttpClient api, object request, TimeSpan? timeout = null)
    {
        using var started = await api.PostAsJsonAsync(new Uri("/api/sync-jobs", UriKind.Relative), request);
        var job = await started.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, job.ToString());
        return await WaitAsync(api, job.GetProperty("id").GetString()!, timeout ?? TimeSpan.FromMinutes(3));
    }

    public static Task<JsonElement> WaitAsync(HttpClient api, string jobId, TimeSpan timeout) =>
        Eventually.ReturnsAsync(
            () => api.GetFromJsonAsync<JsonElement>(new Uri($"/api/sync-jobs/{jobId}", UriKind.Relative)),
            job => Finished.Contains(job.GetProperty("status").GetString()),
            timeout,
            $"sync job {jobId} to finish");

    public static int Count(JsonElement job, string entityType, string counter) =>
        job.GetProperty("entities").EnumerateArray()
            .Where(e => e.GetProperty("entity_type").GetString() == entityType)
            .Sum(e => e.GetProperty(counter).GetInt32());
}
