using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SyncConsole.Tests.Infrastructure;

/// <summary>
/// Real conflicts, made the way they happen: customers created on our side and synced to QuickBooks, then the same
/// fields edited on both sides (our records API, the emulator's API) before the next sync, which opens the conflicts.
/// </summary>
internal static class CustomerConflicts
{
    public sealed record Customer(string RecordId, string ExternalId, string Name);

    /// <summary>Creates <paramref name="count"/> customers and syncs them until both sides rest.</summary>
    public static async Task<IReadOnlyList<Customer>> CreateSyncedAsync(HttpClient api, int count, string prefix)
    {
        var ids = new List<(string Id, string Name)>();
        for (var i = 0; i < count; i++)
        {
            var id = Guid.NewGuid().ToString("D");
            var name = $"{prefix} {i + 1}";
            using var put = await api.PutAsJsonAsync(new Uri($"/api/records/customer/{id}", UriKind.Relative),
                new { display_name = name, email = $"base-{i}@example.com", phone = "555-0000", active = true });
            Assert.Equal(HttpStatusCode.Created, put.StatusCode);
            ids.Add((id, name));
        }

        // Our creations go out; QuickBooks' webhook echo of them is read back by the second job (see QuickBooksSyncSuite).
        await SyncAsync(api);
        await SyncAsync(api);
        var customers = new List<Customer>();
        foreach (var (id, name) in ids)
        {
            var record = await api.GetFromJsonAsync<JsonElement>(new Uri($"/api/records/customer/{id}", UriKind.Relative));
            var sync = record.GetProperty("sync").GetProperty("quickbooks");
            Assert.Equal("synced", sync.GetProperty("status").GetString());
            customers.Add(new Customer(id, sync.GetProperty("external_id").GetString()!, name));
        }

        return customers;
    }

    /// <summary>Edits email and phone of each customer differently on both sides, then syncs: one open conflict per customer.</summary>
    public static async Task<IReadOnlyList<string>> EditBothSidesAsync(
        HttpClient api, SyncConsoleAppFactory app, Uri baseUri, Guid tenantId, IReadOnlyList<Customer> customers)
    {
        using var qbo = await EmulatorClient.ForTenantAsync(app, baseUri, tenantId);
        foreach (var customer in customers)
        {
            using var patch = await api.PatchAsJsonAsync(new Uri($"/api/records/customer/{customer.RecordId}", UriKind.Relative),
                new { email = Ours(customer), phone = "555-1111" });
            Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
            await qbo.UpdateAsync("Customer", customer.ExternalId, new JsonObject
            {
                ["PrimaryEmailAddr"] = new JsonObject { ["Address"] = Theirs(customer) },
                ["PrimaryPhone"] = new JsonObject { ["FreeFormNumber"] = "555-2222" },
            });
        }

        // The job that meets both edits reports them as conflicts (its status says so too): only wait for it.
        await SyncJobRunner.RunAsync(api, new { integration_id = "quickbooks", job_type = "incremental" });
        var open = await api.GetFromJsonAsync<JsonElement>(new Uri("/api/conflicts?status=open&entity_type=customer", UriKind.Relative));
        var conflicts = open.GetProperty("items").EnumerateArray()
            .Where(c => customers.Any(k => k.RecordId == c.GetProperty("record_id").GetString()))
            .ToList();
        Assert.True(conflicts.Count == customers.Count, open.ToString());
        Assert.All(conflicts, c => Assert.Equal(["email", "phone"], c.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("field").GetString()).Order()));
        return [.. conflicts.Select(c => c.GetProperty("id").GetString()!)];
    }

    public static string Ours(Customer customer) => $"ours-{customer.RecordId[..8]}@example.com";

    public static string Theirs(Customer customer) => $"theirs-{customer.RecordId[..8]}@example.com";

    /// <summary>Waits until the job the resolution queued has applied it to both sides; on timeout, says what the jobs did.</summary>
    public static async Task<JsonElement> WaitAppliedAsync(HttpClient api, string conflictId)
    {
        try
        {
            return await Eventually.ReturnsAsync(
                () => api.GetFromJsonAsync<JsonElement>(new Uri($"/api/conflicts/{conflictId}", UriKind.Relative)),
                c => c.GetProperty("applied").GetBoolean(),
                TimeSpan.FromMinutes(2),
                $"conflict {conflictId} to be applied");
        }
        catch (TimeoutException ex)
        {
            var conflict = await api.GetStringAsync(new Uri($"/api/conflicts/{conflictId}", UriKind.Relative));
            var jobs = await api.GetStringAsync(new Uri("/api/sync-jobs?page_size=20", UriKind.Relative));
            throw new TimeoutException($"{ex.Message}\nconflict: {conflict}\njobs: {jobs}", ex);
        }
    }

    private static async Task SyncAsync(HttpClient api)
    {
        var job = await SyncJobRunner.RunAsync(api, new { integration_id = "quickbooks", job_type = "incremental" });
        Assert.True(job.GetProperty("status").GetString() == "succeeded", job.ToString());
    }
}
