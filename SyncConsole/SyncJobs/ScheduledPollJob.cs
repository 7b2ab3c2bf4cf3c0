using Quartz;
using SyncConsole.Core.Orchestration;
using SyncConsole.Records;

namespace SyncConsole.SyncJobs;

/// <summary>
/// Fired by a connection's polling schedule for one entity, or its reconcile schedule: requests an entity sync job
/// (or a reconcile job), or joins the one already waiting. The sync itself runs as any other job, so polling,
/// reconciling, pushes and webhooks share one queue per connection.
/// </summary>
internal sealed class ScheduledPollJob(SyncJobService jobs) : IJob
{
    public static readonly JobKey Key = new("poll", "system");
    internal const string TenantKey = "tenant_id";
    internal const string ConnectionKey = "connection_id";
    internal const string IntegrationKey = "integration_id";
    internal const string EntityKey = "entity_type";
    internal const string JobTypeKey = "job_type";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        var reconcile = data.GetString(JobTypeKey) == SyncJobType.Reconcile.ToWireName();
        await jobs.RequestAsync(new SyncJobRequestInput(
            Guid.Parse(data.GetString(TenantKey)!), data.GetString(ConnectionKey)!, data.GetString(IntegrationKey)!,
            reconcile ? SyncJobType.Reconcile : SyncJobType.Entity,
            reconcile ? [] : [RecordWrites.ParseType(data.GetString(EntityKey)!)], false, reconcile ? "reconcile" : "schedule", "schedule"),
            cancellationToken);
    }
}
