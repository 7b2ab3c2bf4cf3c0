using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.EndToEnd;

/// <summary>
/// The reconcile job against drift no change feed shows: values edited straight in the stores, with no version,
/// SyncToken, time stamp, CDC entry or webhook, the way a missed webhook or an out-of-band edit leaves things.
/// </summary>
public sealed class ReconcileJobTests() : AppTest(loopback: true)
{
    private readonly Guid tenant = Guid.NewGuid();

    [Fact]
    public async Task Reconcile_DriftUnseenByChangeFeeds_RepairsOneSidedDriftAndOpensAConflictOnlyForTrueDivergence()
    {
        using var api = App.CreateApiClient(tenant, "operator", "viewer");
        await QuickBooksConnector.ConnectAsync(api, BaseUri, company: "new:empty");
        var theirsDrifted = await CreateCustomerAsync(api, "Theirs drifted");
        var oursDrifted = await CreateCustomerAsync(api, "Ours drifted");
        var bothDrifted = await CreateCustomerAsync(api, "Both drifted");
        var untouched = await CreateCustomerAsync(api, "Untouched");
        await SyncApi.SyncUntilRestAsync(api);
        using var qbo = await EmulatorClient.ForTenantAsync(App, BaseUri, tenant);
        var external = new Dictionary<string, string>();
        foreach (var id in new[] { theirsDrifted, oursDrifted, bothDrifted, untouched })
        {
            external[id] = await SyncApi.ExternalIdAsync(api, "customer", id);
        }

        await DriftTheirsAsync(external[theirsDrifted], "Edited at QuickBooks, webhook lost");
        await DriftOursAsync(oursDrifted, "Edited in our table, no version bump");
        await DriftTheirsAsync(external[bothDrifted], "QuickBooks' value");
        await DriftOursAsync(bothDrifted, "Our value");

        var incremental = await SyncApi.SyncAsync(api, "incremental");
        Assert.Equal(0, SyncApi.Total(incremental, "updated") + SyncApi.Total(incremental, "conflicts"));

        var reconcile = await SyncApi.SyncAsync(api, "reconcile");

        Assert.Equal("reconcile", reconcile.GetProperty("job_type").GetString());
        var results = await api.GetFromJsonAsync<JsonElement>(new Uri($"/api/sync-jobs/{reconcile.GetProperty("id").GetString()}/records?page_size=100", UriKind.Relative));
        var actions = results.GetProperty("items").EnumerateArray()
            .Select(r => (Id: r.GetProperty("record_id").GetString(), Action: r.GetProperty("action").GetString(), Direction: r.GetProperty("direction").GetString()))
            .ToList();
        Assert.Contains((theirsDrifted, "updated", "inbound"), actions);
        Assert.Contains((oursDrifted, "updated", "outbound"), actions);
        Assert.Contains((bothDrifted, "conflict", "inbound"), actions);
        // The untouched record is never pushed nor put in conflict. (It may take fields QuickBooks filled in on
        // creation that the echo of our create did not bring back: that is drift too, and reconcile pulls it.)
        Assert.DoesNotContain(actions, a => a.Id == untouched && (a.Action == "conflict" || (a.Action == "updated" && a.Direction == "outbound")));
        Assert.Equal(1, SyncJobRunner.Count(reconcile, "customer", "conflicts"));
        Assert.Equal("Edited at QuickBooks, webhook lost", await OurNotesAsync(api, theirsDrifted));
        Assert.Equal("Edited in our table, no version bump", (await qbo.FindAsync("Customer", external[oursDrifted]))!["Notes"]!.GetValue<string>());
        Assert.Equal("Original", await OurNotesAsync(api, untouched));
        var conflicts = await api.GetFromJsonAsync<JsonElement>(new Uri("/api/conflicts?status=open", UriKind.Relative));
        var conflict = Assert.Single(conflicts.GetProperty("items").EnumerateArray());
        Assert.Equal(bothDrifted, conflict.GetProperty("record_id").GetString());
        var again = await SyncApi.SyncAsync(api, "reconcile");
        Assert.Equal(0, SyncApi.Total(again, "updated") + SyncApi.Total(again, "created"));
    }

    [Fact]
    public async Task CreateJob_Reconcile_IsAcceptedAndListedByType()
    {
        using var api = App.CreateApiClient(tenant, "operator", "viewer");
        await QuickBooksConnector.ConnectAsync(api, BaseUri, company: "new:empty");

        var job = await SyncApi.SyncAsync(api, "reconcile");

        var listed = await api.GetFromJsonAsync<JsonElement>(new Uri("/api/sync-jobs?job_type=reconcile", UriKind.Relative));
        Assert.Equal(job.GetProperty("id").GetString(), Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
    }

    private static async Task<string> CreateCustomerAsync(HttpClient api, string name)
    {
        var id = Guid.NewGuid().ToString("D");
        using var put = await api.PutAsJsonAsync(
            new Uri($"/api/records/customer/{id}", UriKind.Relative), new { display_name = $"{name} {id[..6]}", notes = "Original", active = true });
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        return id;
    }

    private static async Task<string?> OurNotesAsync(HttpClient api, string id) =>
        (await SyncApi.GetRecordAsync(api, "customer", id)).GetProperty("notes").GetString();

    private async Task DriftTheirsAsync(string externalId, string notes)
    {
        await using var db = await App.CreateDbContextAsync();
        var row = await db.SandboxRecords.SingleAsync(r => r.Entity == "Customer" && r.Id == externalId);
        var json = JsonNode.Parse(row.Json)!;
        json["Notes"] = notes;
        row.Json = json.ToJsonString();
        await db.SaveChangesAsync();
    }

    private async Task DriftOursAsync(string id, string notes)
    {
        await using var db = await App.CreateDbContextAsync();
        var row = await db.Records.SingleAsync(r => r.TenantId == tenant && r.Id == id);
        var body = JsonNode.Parse(row.Body)!;
        body["notes"] = notes;
        row.Body = body.ToJsonString();
        await db.SaveChangesAsync();
    }
}
