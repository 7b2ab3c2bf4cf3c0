using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using SyncConsole.Data;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.EndToEnd;

/// <summary>
/// Each conflict policy on a real conflict: the same customer field changed in the record store and in QuickBooks
/// (over its API) between two syncs, on PostgreSQL over real HTTP.
/// </summary>
[Trait("Category", TestCategories.Postgres)]
public sealed class ConflictPolicyTests() : AppTest(DatabaseProvider.Postgres, loopback: true)
{
    private readonly Guid tenant = Guid.NewGuid();

    [Theory]
    [InlineData("external", true, "theirs")]
    [InlineData("external", false, "theirs")]
    [InlineData("our_system", true, "ours")]
    [InlineData("our_system", false, "ours")]
    [InlineData("last_writer_wins", true, "theirs")]
    [InlineData("last_writer_wins", false, "ours")]
    public async Task SameFieldChangedOnBothSides_IsSettledByThePolicyOnBothSides(string policy, bool theirsLast, string winner)
    {
        using var api = App.CreateApiClient(tenant, "operator", "viewer", "finance");
        var (qbo, id, externalId) = await SyncedCustomerAsync(api, rule => rule["master_if_conflict"] = policy);
        using var _ = qbo;

        await ChangeBothAsync(api, qbo, id, externalId, theirsLast);
        var job = await SyncApi.SyncAsync(api, "incremental");
        await SyncApi.SyncUntilRestAsync(api);

        // The overwrite is a recorded choice: the job's result for the record names the field, the side kept and the policy.
        var results = await api.GetFromJsonAsync<JsonElement>(
            new Uri($"/api/sync-jobs/{job.GetProperty("id").GetString()}/records?page_size=100", UriKind.Relative));
        var choice = Assert.Single(results.GetProperty("items").EnumerateArray()
            .Where(r => r.GetProperty("record_id").GetString() == id)
            .SelectMany(r => r.GetProperty("resolutions").EnumerateArray()));
        Assert.Equal(("notes", winner == "ours" ? "our_system" : "external", policy),
            (choice.GetProperty("field").GetString(), choice.GetProperty("winner").GetString(), choice.GetProperty("policy").GetString()));
        var expected = winner == "ours" ? "Changed by us" : "Changed by them";
        Assert.Equal(expected, (await SyncApi.GetRecordAsync(api, "customer", id)).GetProperty("notes").GetString());
        Assert.Equal(expected, (await qbo.FindAsync("Customer", externalId))!["Notes"]!.GetValue<string>());
        Assert.Equal(0, await OpenConflictsAsync(api));
    }

    [Fact]
    public async Task Manual_SameFieldChangedOnBothSides_OpensAConflictThatAPersonResolvesOnBothSides()
    {
        using var api = App.CreateApiClient(tenant, "operator", "viewer", "finance");
        var (qbo, id, externalId) = await SyncedCustomerAsync(api, rule => rule["master_if_conflict"] = "manual");
        using var _ = qbo;
        await ChangeBothAsync(api, qbo, id, externalId, theirsLast: true);

        var job = await SyncApi.SyncAsync(api, "incremental");

        Assert.True(SyncJobRunner.Count(job, "customer", "conflicts") == 1, job.ToString());
        Assert.Equal("conflict", SyncApi.SyncBlock(await SyncApi.GetRecordAsync(api, "customer", id)).GetProperty("status").GetString());
        var open = await api.GetFromJsonAsync<JsonElement>(new Uri("/api/conflicts?status=open", UriKind.Relative));
        var conflictId = open.GetProperty("items")[0].GetProperty("id").GetString();
        var detail = await api.GetFromJsonAsync<JsonElement>(new Uri($"/api/conflicts/{conflictId}", UriKind.Relative));
        var field = Assert.Single(detail.GetProperty("fields").EnumerateArray());
        Assert.Equal("notes", field.GetProperty("field").GetString());
        Assert.Equal("Changed by us", field.GetProperty("ours").GetString());
        Assert.Equal("Changed by them", field.GetProperty("theirs").GetString());

        using var resolve = await api.PostAsJsonAsync(
            new Uri($"/api/conflicts/{conflictId}/resolve", UriKind.Relative),
            new { choices = new Dictionary<string, object> { ["notes"] = new { value = "Agreed by finance" } } });
        Assert.True(resolve.StatusCode == HttpStatusCode.OK, await resolve.Content.ReadAsStringAsync());
        await SyncApi.SyncUntilRestAsync(api);

        Assert.Equal("Agreed by finance", (await SyncApi.GetRecordAsync(api, "customer", id)).GetProperty("notes").GetString());
        Assert.Equal("Agreed by finance", (await qbo.FindAsync("Customer", externalId))!["Notes"]!.GetValue<string>());
        Assert.Equal(0, await OpenConflictsAsync(api));
    }

    [Fact]
    public async Task FieldMerge_DifferentFieldsChangedOnEachSide_KeepsBothChangesWithoutAConflict()
    {
        using var api = App.CreateApiClient(tenant, "operator", "viewer", "finance");
        var (qbo, id, externalId) = await SyncedCustomerAsync(api, rule => rule["master_if_conflict"] = "manual");
        using var _ = qbo;

        await PatchAsync(api, id, new JsonObject { ["notes"] = "Changed by us" });
        await qbo.UpdateAsync("Customer", externalId, new JsonObject { ["CompanyName"] = "Changed by them" });
        await SyncApi.SyncUntilRestAsync(api);

        var ours = await SyncApi.GetRecordAsync(api, "customer", id);
        var theirs = (await qbo.FindAsync("Customer", externalId))!;
        Assert.Equal(("Changed by us", "Changed by them"), (ours.GetProperty("notes").GetString(), ours.GetProperty("company_name").GetString()));
        Assert.Equal(("Changed by us", "Changed by them"), (theirs["Notes"]!.GetValue<string>(), theirs["CompanyName"]!.GetValue<string>()));
        Assert.Equal(0, await OpenConflictsAsync(api));
    }

    [Fact]
    public async Task FieldOverride_OverridesTheEntityPolicyForThatField()
    {
        using var api = App.CreateApiClient(tenant, "operator", "viewer", "finance");
        var (qbo, id, externalId) = await SyncedCustomerAsync(api, rule =>
        {
            rule["master_if_conflict"] = "external";
            rule["field_overrides"] = new JsonObject { ["notes"] = "our_system" };
        });
        using var _ = qbo;

        await ChangeBothAsync(api, qbo, id, externalId, theirsLast: true);
        await SyncApi.SyncUntilRestAsync(api);

        Assert.Equal("Changed by us", (await qbo.FindAsync("Customer", externalId))!["Notes"]!.GetValue<string>());
        Assert.Equal("Changed by us", (await SyncApi.GetRecordAsync(api, "customer", id)).GetProperty("notes").GetString());
    }

    // A customer created on our side, synced to an empty QuickBooks company, with the customer rule changed first.
    private async Task<(EmulatorClient Qbo, string Id, string ExternalId)> SyncedCustomerAsync(HttpClient api, Action<JsonObject> rule)
    {
        await QuickBooksConnector.ConnectAsync(api, BaseUri, company: "new:empty");
        await SyncApi.UpdateRulesAsync(api, rule, entityType: "customer");
        var id = Guid.NewGuid().ToString("D");
        using var put = await api.PutAsJsonAsync(
            new Uri($"/api/records/customer/{id}", UriKind.Relative),
            new { display_name = $"Conflicted {id[..8]}", notes = "Original", active = true });
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        await SyncApi.SyncUntilRestAsync(api);
        var qbo = await EmulatorClient.ForTenantAsync(App, BaseUri, tenant);
        return (qbo, id, await SyncApi.ExternalIdAsync(api, "customer", id));
    }

    // Last writer wins compares change times, so the two edits are a little more than a second apart.
    private static async Task ChangeBothAsync(HttpClient api, EmulatorClient qbo, string id, string externalId, bool theirsLast)
    {
        if (theirsLast)
        {
            await PatchAsync(api, id, new JsonObject { ["notes"] = "Changed by us" });
            await Task.Delay(TimeSpan.FromSeconds(1.2));
            await qbo.UpdateAsync("Customer", externalId, new JsonObject { ["Notes"] = "Changed by them" });
        }
        else
        {
            await qbo.UpdateAsync("Customer", externalId, new JsonObject { ["Notes"] = "Changed by them" });
            await Task.Delay(TimeSpan.FromSeconds(1.2));
            await PatchAsync(api, id, new JsonObject { ["notes"] = "Changed by us" });
        }
    }

    private static async Task PatchAsync(HttpClient api, string id, JsonObject patch)
    {
        using var response = await api.PatchAsync(new Uri($"/api/records/customer/{id}", UriKind.Relative), JsonContent.Create(patch));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<int> OpenConflictsAsync(HttpClient api) =>
        (await api.GetFromJsonAsync<JsonElement>(new Uri("/api/conflicts?status=open", UriKind.Relative))).GetProperty("total").GetInt32();
}
