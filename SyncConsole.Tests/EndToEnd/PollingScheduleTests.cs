using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SyncConsole.Core.Schema;
using SyncConsole.SyncJobs;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.EndToEnd;

[Trait("Category", TestCategories.Integration)]
public sealed class PollingScheduleTests() : AppTest(loopback: true)
{
    private readonly Guid tenant = Guid.NewGuid();

    [Fact]
    public async Task Rules_ConnectThenChangeFrequencies_PollingTriggersFollowTheRules()
    {
        using var api = App.CreateApiClient(tenant, "operator", "viewer");
        await QuickBooksConnector.ConnectAsync(api, BaseUri, company: "new:empty");
        var connectionId = await ConnectionIdAsync();
        var scheduler = await App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.NotNull(await scheduler.GetTrigger(PollingSchedules.TriggerKeyFor(connectionId, EntityType.Customer)));

        var settings = await api.GetFromJsonAsync<JsonElement>(new Uri("/api/integrations/quickbooks/settings", UriKind.Relative));
        var rules = settings.GetProperty("sync_rules").EnumerateArray().Select(r => r.Deserialize<Dictionary<string, object?>>()!).ToList();
        rules.Single(r => r["entity_type"]!.ToString() == "customer")["frequency_minutes"] = 0;
        rules.Single(r => r["entity_type"]!.ToString() == "vendor")["frequency_minutes"] = 5;
        using var put = await api.PutAsJsonAsync(new Uri("/api/integrations/quickbooks/settings", UriKind.Relative), new { sync_rules = rules });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Null(await scheduler.GetTrigger(PollingSchedules.TriggerKeyFor(connectionId, EntityType.Customer)));
        var vendor = (ISimpleTrigger)(await scheduler.GetTrigger(PollingSchedules.TriggerKeyFor(connectionId, EntityType.Vendor)))!;
        Assert.Equal(TimeSpan.FromMinutes(5), vendor.RepeatInterval);
    }

    [Fact]
    public async Task Rules_ChangedWhileATriggerIsPaused_KeepTheTriggerPausedWithTheNewFrequency()
    {
        using var api = App.CreateApiClient(tenant, "operator", "viewer");
        await QuickBooksConnector.ConnectAsync(api, BaseUri, company: "new:empty");
        var key = PollingSchedules.TriggerKeyFor(await ConnectionIdAsync(), EntityType.Vendor);
        var scheduler = await App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.PauseTrigger(key);

        var settings = await api.GetFromJsonAsync<JsonElement>(new Uri("/api/integrations/quickbooks/settings", UriKind.Relative));
        var rules = settings.GetProperty("sync_rules").EnumerateArray().Select(r => r.Deserialize<Dictionary<string, object?>>()!).ToList();
        rules.Single(r => r["entity_type"]!.ToString() == "vendor")["frequency_minutes"] = 5;
        using var put = await api.PutAsJsonAsync(new Uri("/api/integrations/quickbooks/settings", UriKind.Relative), new { sync_rules = rules });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(5), ((ISimpleTrigger)(await scheduler.GetTrigger(key))!).RepeatInterval);
        Assert.Equal(TriggerState.Paused, await scheduler.GetTriggerState(key));
    }

    [Fact]
    public async Task Poll_Fires_QueuesAnEntityJobTriggeredBySchedule()
    {
        using var api = App.CreateApiClient(tenant, "operator", "viewer");
        await QuickBooksConnector.ConnectAsync(api, BaseUri, company: "new:empty");
        var scheduler = await App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = await scheduler.GetTrigger(PollingSchedules.TriggerKeyFor(await ConnectionIdAsync(), EntityType.Vendor));

        await scheduler.TriggerJob(trigger!.JobKey, trigger.JobDataMap);

        var jobs = await Eventually.ReturnsAsync(
            () => api.GetFromJsonAsync<JsonElement>(new Uri("/api/sync-jobs", UriKind.Relative)),
            page => page.GetProperty("items").EnumerateArray().Any(j => j.GetProperty("trigger").GetString() == "schedule"),
            TimeSpan.FromSeconds(30), "a scheduled job");
        var job = jobs.GetProperty("items").EnumerateArray().First(j => j.GetProperty("trigger").GetString() == "schedule");
        Assert.Equal("entity", job.GetProperty("job_type").GetString());
        Assert.Equal(["vendor"], job.GetProperty("entity_types").EnumerateArray().Select(e => e.GetString()));
    }

    private async Task<string> ConnectionIdAsync()
    {
        await using var db = await App.CreateDbContextAsync();
        return db.Connections.Single(c => c.TenantId == tenant).Id;
    }
}
