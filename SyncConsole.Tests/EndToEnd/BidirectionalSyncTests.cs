using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using SyncConsole.Data;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.EndToEnd;

/// <summary>
/// All seven entities, both directions, on PostgreSQL over real HTTP to the emulator: a create, an update and a
/// delete made on each side reach the other side, and then both sides rest.
/// </summary>
[Trait("Category", TestCategories.Postgres)]
// The test reads every record's sync block one by one, far above the API's default rate limit.
public sealed class BidirectionalSyncTests() : AppTest(DatabaseProvider.Postgres, loopback: true, settings: new Dictionary<string, string?>
{
    ["Api:RequestsPerMinute"] = "100000",
    ["Api:Burst"] = "10000",
})
{
    private static readonly string[] Counters = ["created", "updated", "deleted", "conflicts", "failed"];
    private readonly Guid tenant = Guid.NewGuid();
    private readonly string run = Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task CreateUpdateDelete_OnEachSideForEveryEntity_ConvergeAndThenRest()
    {
        using var api = App.CreateApiClient(tenant, "operator", "viewer", "admin");
        await QuickBooksConnector.ConnectAsync(api, BaseUri);
        await MakeEveryEntityBidirectionalAsync(api);
        await SyncAsync(api, "full");
        using var qbo = await EmulatorClient.ForTenantAsync(App, BaseUri, tenant);
        var specs = EntitySpecs.All;

        // Creates on both sides.
        var ours = new Dictionary<string, string>();
        var theirs = new Dictionary<string, string>();
        foreach (var spec in specs)
        {
            ours[spec.Type] = await CreateOursAsync(api, spec);
            theirs[spec.Type] = (await qbo.CreateAsync(spec.QboEntity, await spec.NewQbo(qbo, $"Theirs {spec.Type} {run}")))["Id"]!.GetValue<string>();
        }

        await SyncUntilRestAsync(api);
        foreach (var spec in specs)
        {
            var mine = await GetRecordAsync(api, spec.Type, ours[spec.Type]);
            var externalId = SyncBlock(mine).GetProperty("external_id").GetString()!;
            Assert.True(await qbo.FindAsync(spec.QboEntity, externalId) is not null, $"our {spec.Type} did not reach QuickBooks");
            Assert.True(await FindOursByExternalIdAsync(api, spec.Type, theirs[spec.Type]) is not null, $"their {spec.Type} did not reach us");
        }

        // Updates on both sides, each to the record the other side created.
        foreach (var spec in specs)
        {
            var theirsInOurs = (await FindOursByExternalIdAsync(api, spec.Type, theirs[spec.Type]))!;
            using var patch = await api.PatchAsync(
                new Uri($"/api/records/{spec.Type}/{theirsInOurs["id"]}", UriKind.Relative),
                JsonContent.Create(new JsonObject { [spec.Field] = spec.OurValue(run) }));
            Assert.True(patch.IsSuccessStatusCode, await patch.Content.ReadAsStringAsync());
            var oursExternal = SyncBlock(await GetRecordAsync(api, spec.Type, ours[spec.Type])).GetProperty("external_id").GetString()!;
            await qbo.UpdateAsync(spec.QboEntity, oursExternal, spec.QboUpdate(spec.TheirValue(run)));
        }

        await SyncUntilRestAsync(api);
        foreach (var spec in specs)
        {
            var mine = await GetRecordAsync(api, spec.Type, ours[spec.Type]);
            Assert.Equal(spec.TheirValue(run), mine.GetProperty(spec.Field).ToString());
            var inQbo = (await qbo.FindAsync(spec.QboEntity, theirs[spec.Type]))!;
            Assert.Equal(spec.OurValue(run), spec.ReadQbo(inQbo));
        }

        // Deletes on both sides: each side deletes the record it created.
        foreach (var spec in specs)
        {
            var oursExternal = SyncBlock(await GetRecordAsync(api, spec.Type, ours[spec.Type])).GetProperty("external_id").GetString()!;
            using var delete = await api.DeleteAsync(new Uri($"/api/records/{spec.Type}/{ours[spec.Type]}", UriKind.Relative));
            Assert.True(delete.IsSuccessStatusCode, await delete.Content.ReadAsStringAsync());
            await qbo.DeleteAsync(spec.QboEntity, theirs[spec.Type], spec.NameList);
            ours[spec.Type] = oursExternal;
        }

        await SyncUntilRestAsync(api);
        foreach (var spec in specs)
        {
            var deletedByUs = await qbo.FindAsync(spec.QboEntity, ours[spec.Type]);
            var deletedByThem = await FindOursByExternalIdAsync(api, spec.Type, theirs[spec.Type]);
            if (spec.NameList)
            {
                Assert.False(deletedByUs!["Active"]!.GetValue<bool>(), $"our deleted {spec.Type} is still active in QuickBooks");
                Assert.False(deletedByThem!["active"]!.GetValue<bool>(), $"their inactivated {spec.Type} is still active with us");
            }
            else
            {
                Assert.True(deletedByUs is null, $"our deleted {spec.Type} still exists in QuickBooks");
                Assert.True(deletedByThem is null, $"their deleted {spec.Type} still exists with us");
            }
        }
    }

    private static async Task MakeEveryEntityBidirectionalAsync(HttpClient api)
    {
        var settings = await api.GetFromJsonAsync<JsonObject>(new Uri("/api/integrations/quickbooks/settings", UriKind.Relative));
        foreach (var rule in settings!["sync_rules"]!.AsArray())
        {
            rule!["direction"] = "bidirectional";
            rule["sync_trigger"] = "deferred";
        }

        using var put = await api.PutAsJsonAsync(new Uri("/api/integrations/quickbooks/settings", UriKind.Relative), settings);
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
    }

    private async Task<string> CreateOursAsync(HttpClient api, EntitySpec spec)
    {
        var page = await api.GetFromJsonAsync<JsonObject>(new Uri($"/api/records/{spec.Type}?page_size=500", UriKind.Relative));
        var template = page!["items"]!.AsArray().Select(i => i!.AsObject()).First(spec.CanClone);
        var body = spec.FromTemplate(template.DeepClone().AsObject(), $"Ours {spec.Type} {run}");
        body.Remove("id");
        var id = Guid.NewGuid().ToString("D");
        using var put = await api.PutAsJsonAsync(new Uri($"/api/records/{spec.Type}/{id}", UriKind.Relative), body);
        Assert.True(put.StatusCode == HttpStatusCode.Created, $"{spec.Type}: {await put.Content.ReadAsStringAsync()}");
        return id;
    }

    // Webhooks of our own writes come back as provider changes; the next job reads them and finds nothing to do.
    private static async Task SyncUntilRestAsync(HttpClient api)
    {
        var job = await SyncAsync(api, "incremental");
        foreach (var _ in Enumerable.Range(0, 4))
        {
            var changed = Counters.Sum(counter => job.GetProperty("entities").EnumerateArray().Sum(e => e.GetProperty(counter).GetInt32()));
            if (changed == 0)
            {
                return;
            }

            job = await SyncAsync(api, "incremental");
        }

        Assert.Fail($"the two sides did not come to rest: {job}");
    }

    private static async Task<JsonElement> SyncAsync(HttpClient api, string jobType)
    {
        var job = await SyncJobRunner.RunAsync(api, new { integration_id = "quickbooks", job_type = jobType }, TimeSpan.FromMinutes(4));
        Assert.True(job.GetProperty("status").GetString() == "succeeded", job.ToString());
        return job;
    }

    private static async Task<JsonElement> GetRecordAsync(HttpClient api, string type, string id) =>
        await api.GetFromJsonAsync<JsonElement>(new Uri($"/api/records/{type}/{id}", UriKind.Relative));

    private static JsonElement SyncBlock(JsonElement record) => record.GetProperty("sync").GetProperty("quickbooks");

    private static async Task<JsonObject?> FindOursByExternalIdAsync(HttpClient api, string type, string externalId)
    {
        var page = await api.GetFromJsonAsync<JsonObject>(new Uri($"/api/records/{type}?page_size=500", UriKind.Relative));
        foreach (var item in page!["items"]!.AsArray())
        {
            var record = await GetRecordAsync(api, type, item!["id"]!.GetValue<string>());
            if (SyncBlock(record).GetProperty("external_id").GetString() == externalId)
            {
                return item.AsObject();
            }
        }

        return null;
    }
}
