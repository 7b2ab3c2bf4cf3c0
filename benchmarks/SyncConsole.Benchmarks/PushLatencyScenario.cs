using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using SyncConsole.QuickBooks.Sandbox.Storage;

namespace SyncConsole.Benchmarks;

/// <summary>
/// (d) Edit-to-reflect latency: the customer rule pushes (direction outbound, change source push, trigger immediate),
/// then edits go one after another through <c>PATCH /api/records/customer/{id}</c>; each is timed from sending the
/// PATCH until the emulator's stored QuickBooks customer carries the new value.
/// </summary>
internal static class PushLatencyScenario
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task<LatencyResult> RunAsync(
        HttpClient api, ISandboxStore emulator, string realmId, int edits, CancellationToken cancellationToken)
    {
        await PushCustomersImmediatelyAsync(api, cancellationToken);
        var targets = await PickCustomersAsync(api, edits, cancellationToken);
        var latencies = new List<TimeSpan>(edits);
        for (var i = 0; i < targets.Count; i++)
        {
            var (id, externalId) = targets[i];
            var value = $"Edited {i} {Guid.NewGuid():N}";
            var clock = Stopwatch.StartNew();
            using var patch = new HttpRequestMessage(HttpMethod.Patch, new Uri($"/api/records/customer/{id}", UriKind.Relative))
            {
                Content = JsonContent.Create(new { company_name = value }),
            };
            using var patched = await api.SendAsync(patch, cancellationToken);
            await QuickBooksConnection.Expect(patched, HttpStatusCode.OK, cancellationToken);
            while (!await ShowsAsync(emulator, realmId, externalId, value, cancellationToken))
            {
                if (clock.Elapsed > Timeout)
                {
                    throw new TimeoutException($"Edit {i} of customer {id} did not reach the emulator within {Timeout.TotalSeconds} s.");
                }

                await Task.Delay(5, cancellationToken);
            }

            latencies.Add(clock.Elapsed);
        }

        return LatencyResult.Of(latencies);
    }

    private static async Task<bool> ShowsAsync(ISandboxStore emulator, string realmId, string externalId, string value, CancellationToken cancellationToken) =>
        await emulator.FindRecordAsync(realmId, "Customer", externalId, cancellationToken) is { } record
        && JsonNode.Parse(record.Json)?["CompanyName"]?.GetValue<string>() == value;

    private static async Task PushCustomersImmediatelyAsync(HttpClient api, CancellationToken cancellationToken)
    {
        var settings = JsonNode.Parse(await api.GetStringAsync(new Uri("/api/integrations/quickbooks/settings", UriKind.Relative), cancellationToken))!;
        var customer = settings["sync_rules"]!.AsArray().Single(r => r!["entity_type"]!.GetValue<string>() == "customer")!;
        customer["direction"] = "outbound";
        customer["change_source"] = "push";
        customer["sync_trigger"] = "immediate";
        using var content = new StringContent(settings.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var put = await api.PutAsync(new Uri("/api/integrations/quickbooks/settings", UriKind.Relative), content, cancellationToken);
        await QuickBooksConnection.Expect(put, HttpStatusCode.OK, cancellationToken);
    }

    private static async Task<List<(string Id, string ExternalId)>> PickCustomersAsync(HttpClient api, int count, CancellationToken cancellationToken)
    {
        var page = await api.GetFromJsonAsync<JsonElement>(new Uri($"/api/records/customer?page_size={Math.Min(count, 200)}", UriKind.Relative), cancellationToken);
        var ids = page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
        var targets = new List<(string, string)>();
        for (var i = 0; i < count; i++)
        {
            var id = ids[i % ids.Count];
            var record = await api.GetFromJsonAsync<JsonElement>(new Uri($"/api/records/customer/{id}", UriKind.Relative), cancellationToken);
            targets.Add((id, record.GetProperty("sync").GetProperty("quickbooks").GetProperty("external_id").GetString()!));
        }

        return targets;
    }
}

internal sealed record LatencyResult(int Edits, TimeSpan P50, TimeSpan P99, TimeSpan Max, TimeSpan Mean)
{
    public static LatencyResult Of(List<TimeSpan> latencies)
    {
        var sorted = latencies.Order().ToList();
        return new LatencyResult(sorted.Count, Percentile(sorted, 0.50), Percentile(sorted, 0.99), sorted[^1],
            TimeSpan.FromTicks((long)sorted.Average(l => l.Ticks)));
    }

    // Nearest rank: the smallest latency at or above the given share of edits.
    private static TimeSpan Percentile(List<TimeSpan> sorted, double share) =>
        sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
}
