using System.Net;
using System.Net.Http.Json;
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
    private readonly Guid tenant = Guid.NewGuid();
    private readonly string run = Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task CreateUpdateDelete_OnEachSideForEveryEntity_ConvergeAndThenRest()
    {
        using var api = App.CreateApiClient(tenant, "operator", "viewer", "admin");
        await QuickBooksConnector.ConnectAsync(api, BaseUri);
        await SyncApi.UpdateRulesAsync(api, rule => rule["direction"] = "bidirectional");
        await SyncApi.SyncAsync(api, "full");
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

        await SyncApi.SyncUntilRestAsync(api);
        foreach (var spec in specs)
        {
            var externalId = await SyncApi.ExternalIdAsync(api, spec.Type, ours[spec.Type]);
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
            var oursExternal = await SyncApi.ExternalIdAsync(api, spec.Type, ours[spec.Type]);
            await qbo.UpdateAsync(spec.QboEntity, oursExternal, spec.QboUpdate(spec.TheirValue(run)));
        }

        await SyncApi.SyncUntilRestAsync(api);
        foreach (var spec in specs)
        {
            var mine = await SyncApi.GetRecordAsync(api, spec.Type, ours[spec.Type]);
            Assert.Equal(spec.TheirValue(run), mine.GetProperty(spec.Field).ToString());
            var inQbo = (await qbo.FindAsync(spec.QboEntity, theirs[spec.Type]))!;
            Assert.Equal(spec.OurValue(run), spec.ReadQbo(inQbo));
        }

        // Deletes on both sides: each side deletes the record it created.
        foreach (var spec in specs)
        {
            var oursExternal = await SyncApi.ExternalIdAsync(api, spec.Type, ours[spec.Type]);
            using var delete = await api.DeleteAsync(new Uri($"/api/records/{spec.Type}/{ours[spec.Type]}", UriKind.Relative));
            Assert.True(delete.IsSuccessStatusCode, await delete.Content.ReadAsStringAsync());
            await qbo.DeleteAsync(spec.QboEntity, theirs[spec.Type], spec.NameList);
            ours[spec.Type] = oursExternal;
        }

        await SyncApi.SyncUntilRestAsync(api);
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

    private static async Task<JsonObject?> FindOursByExternalIdAsync(HttpClient api, string type, string externalId)
    {
        var page = await api.GetFromJsonAsync<JsonObject>(new Uri($"/api/records/{type}?page_size=500", UriKind.Relative));
        foreach (var item in page!["items"]!.AsArray())
        {
            var record = await SyncApi.GetRecordAsync(api, type, item!["id"]!.GetValue<string>());
            if (SyncApi.SyncBlock(record).GetProperty("external_id").GetString() == externalId)
            {
                return item.AsObject();
            }
        }

        return null;
    }
}
