using Quartz;
using SyncConsole.Core.Orchestration;
using SyncConsole.Records;

namespace SyncConsole.SyncJobs;

/// <summary>
/// Fired by a connection's polling schedule for one entity: requests an entity sync job (or joins the one already
/// waiting). The sync itself runs as any other job, so polling, pushes and webhooks share one queue per connection.
/// </summary>
internal sealed class ScheduledPollJob(SyncJobService jobs) : IJob
{
    public static readonly JobKey Key = new("poll", "system");
    internal const string TenantKey = "tenant_id";
    internal const string ConnectionKey = "connection_id";
    internal const string IntegrationKey = "integration_id";
    internal const string EntityKey = "entity_type";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        await jobs.RequestAsync(new SyncJobRequestInput(
            Guid.Parse(data.GetString(TenantKey)!), data.GetString(ConnectionKey)!, data.GetString(IntegrationKey)!, SyncJobType.Entity,
            [RecordWrites.ParseType(data.GetString(EntityKey)!)], false, "schedule", "schedule"), cancellationToken);
    }
}
