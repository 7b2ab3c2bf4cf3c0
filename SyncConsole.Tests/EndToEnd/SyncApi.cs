using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.EndToEnd;

/// <summary>The REST calls the end-to-end sync tests share: rules, jobs and records.</summary>
internal static class SyncApi
{
    private static readonly string[] ChangeCounters = ["created", "updated", "deleted", "conflicts", "failed"];

    /// <summary>Changes every entity's rule (deferred trigger, so only the test's jobs sync) and saves them.</summary>
    public static async Task UpdateRulesAsync(HttpClient api, Action<JsonObject> change, string? entityType = null)
    {
        var settings = await api.GetFromJsonAsync<JsonObject>(new Uri("/api/integrations/quickbooks/settings", UriKind.Relative));
        foreach (var rule in settings!["sync_rules"]!.AsArray().Select(r => r!.AsObject()))
        {
            rule["sync_trigger"] = "deferred";
            if (entityType is null || rule["entity_type"]!.GetValue<string>() == entityType)
            {
                change(rule);
            }
        }

        using var put = await api.PutAsJsonAsync(new Uri("/api/integrations/quickbooks/settings", UriKind.Relative), settings);
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Runs incremental jobs until one changes nothing: webhooks of our own writes come back as provider changes,
    /// and the job after reads them and finds nothing to do.
    /// </summary>
    public static async Task SyncUntilRestAsync(HttpClient api)
    {
        var job = await SyncAsync(api, "incremental");
        foreach (var _ in Enumerable.Range(0, 4))
        {
            if (ChangeCounters.Sum(counter => Total(job, counter)) == 0)
            {
                return;
            }

            job = await SyncAsync(api, "incremental");
        }

        Assert.Fail($"the two sides did not come to rest: {job}");
    }

    public static async Task<JsonElement> SyncAsync(HttpClient api, string jobType)
    {
        var job = await SyncJobRunner.RunAsync(api, new { integration_id = "quickbooks", job_type = jobType }, TimeSpan.FromMinutes(4));
        Assert.True(job.GetProperty("status").GetString() == "succeeded", job.ToString());
        return job;
    }

    public static int Total(JsonElement job, string counter) =>
        job.GetProperty("entities").EnumerateArray().Sum(e => e.GetProperty(counter).GetInt32());

    public static async Task<JsonElement> GetRecordAsync(HttpClient api, string type, string id) =>
        await api.GetFromJsonAsync<JsonElement>(new Uri($"/api/records/{type}/{id}", UriKind.Relative));

    public static JsonElement SyncBlock(JsonElement record) => record.GetProperty("sync").GetProperty("quickbooks");

    public static async Task<string> ExternalIdAsync(HttpClient api, string type, string id) =>
        SyncBlock(await GetRecordAsync(api, type, id)).GetProperty("external_id").GetString()!;
}
