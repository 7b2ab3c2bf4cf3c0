using Microsoft.Extensions.Options;
using Quartz;
using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;
using SyncConsole.Integrations;
using SyncConsole.Jobs;

namespace SyncConsole.SyncJobs;

/// <summary>
/// Keeps a connection's polling triggers equal to its rules: one trigger per enabled entity whose change source
/// polls (polling or hybrid) and whose frequency is above zero, repeating every <c>frequency_minutes</c>; plus one
/// reconcile trigger per connected connection every <see cref="SchedulerOptions.ReconcileInterval"/>.
/// </summary>
public sealed class PollingSchedules(
    ISchedulerFactory schedulers, SyncRuleService rules, IOptions<SchedulerOptions> options, TimeProvider time)
{
    public const string TriggerGroup = "poll";
    private const string ReconcileSuffix = "reconcile";

    public async Task ApplyAsync(ConnectionRow connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await EnsureJobAsync(scheduler, cancellationToken);
        var connected = connection.Status == ConnectionStatuses.Connected;
        await ApplyReconcileAsync(scheduler, connection, connected, cancellationToken);
        foreach (var rule in await rules.GetAsync(connection.TenantId, connection.IntegrationId, cancellationToken))
        {
            var key = TriggerKeyFor(connection.Id, rule.EntityType);
            var polls = connected && rule.Enabled && rule.FrequencyMinutes > 0 && rule.ChangeSource is ChangeSource.Polling or ChangeSource.Hybrid;
            if (!polls)
            {
                await scheduler.UnscheduleJob(key, cancellationToken);
                continue;
            }

            var interval = TimeSpan.FromMinutes(rule.FrequencyMinutes);
            var trigger = Repeating(key, connection, interval, $"Poll {rule.EntityType.ToWireName()} every {rule.FrequencyMinutes} min", new JobDataMap
            {
                [ScheduledPollJob.JobTypeKey] = SyncJobType.Entity.ToWireName(),
                [ScheduledPollJob.EntityKey] = rule.EntityType.ToWireName(),
            });
            await ReplaceAsync(scheduler, trigger, cancellationToken);
        }
    }

    public static TriggerKey ReconcileTriggerKeyFor(string connectionId) => new($"{connectionId}:{ReconcileSuffix}", TriggerGroup);

    private async Task ApplyReconcileAsync(IScheduler scheduler, ConnectionRow connection, bool connected, CancellationToken cancellationToken)
    {
        var key = ReconcileTriggerKeyFor(connection.Id);
        var interval = options.Value.ReconcileInterval;
        if (!connected || interval == TimeSpan.Zero)
        {
            await scheduler.UnscheduleJob(key, cancellationToken);
            return;
        }

        var trigger = Repeating(key, connection, interval, $"Reconcile every {interval}", new JobDataMap
        {
            [ScheduledPollJob.JobTypeKey] = SyncJobType.Reconcile.ToWireName(),
        });
        await ReplaceAsync(scheduler, trigger, cancellationToken);
    }

    // Replacing a trigger makes it run again, but an operator's pause (Background jobs page) must outlive a rule change.
    // The new trigger's first fire is an interval away, so it is paused again long before it could run.
    private static async Task ReplaceAsync(IScheduler scheduler, ITrigger trigger, CancellationToken cancellationToken)
    {
        var paused = await scheduler.GetTriggerState(trigger.Key, cancellationToken) == TriggerState.Paused;
        await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, cancellationToken);
        if (paused)
        {
            await scheduler.PauseTrigger(trigger.Key, cancellationToken);
        }
    }

    private ITrigger Repeating(TriggerKey key, ConnectionRow connection, TimeSpan interval, string description, JobDataMap data) =>
        TriggerBuilder.Create(time)
            .WithIdentity(key)
            .ForJob(ScheduledPollJob.Key)
            .WithDescription(description)
            .UsingJobData(ScheduledPollJob.TenantKey, connection.TenantId.ToString())
            .UsingJobData(ScheduledPollJob.ConnectionKey, connection.Id)
            .UsingJobData(ScheduledPollJob.IntegrationKey, connection.IntegrationId)
            .UsingJobData(data)
            .StartAt(time.GetUtcNow() + interval)
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever())
            .Build();

    public static TriggerKey TriggerKeyFor(string connectionId, EntityType entityType) =>
        new($"{connectionId}:{entityType.ToWireName()}", TriggerGroup);

    /// <summary>Every polling and reconcile trigger the connection can have, whether it is scheduled now or not.</summary>
    public static IEnumerable<TriggerKey> TriggerKeysOf(string connectionId) =>
        [.. EntityTypes.All.Select(e => TriggerKeyFor(connectionId, e)), ReconcileTriggerKeyFor(connectionId)];

    /// <summary>
    /// What a polling trigger asks for, read back from its name (<c>{connection}:{entity}</c> or
    /// <c>{connection}:reconcile</c>), so that a run is known after its trigger is gone; null for a trigger of
    /// another group.
    /// </summary>
    public static PolledSync? SyncOfTrigger(TriggerKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var colon = key.Name.LastIndexOf(':');
        if (key.Group != TriggerGroup || colon <= 0)
        {
            return null;
        }

        var (connectionId, suffix) = (key.Name[..colon], key.Name[(colon + 1)..]);
        return suffix == ReconcileSuffix
            ? new PolledSync(connectionId, SyncJobType.Reconcile, null)
            : EntityTypes.TryParse(suffix, out var entity) ? new PolledSync(connectionId, SyncJobType.Entity, entity) : null;
    }

    private static async Task EnsureJobAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        if (!await scheduler.Exists(ScheduledPollJob.Key, cancellationToken))
        {
            var job = JobBuilder.Create<ScheduledPollJob>()
                .WithIdentity(ScheduledPollJob.Key)
                .WithDescription("Requests entity syncs on each connection's polling schedule")
                .StoreDurably()
                .Build();
            await scheduler.AddJob(job, new AddJobOptions { Replace = true }, cancellationToken);
        }
    }
}
