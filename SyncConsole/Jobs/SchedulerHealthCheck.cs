using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace SyncConsole.Jobs;

/// <summary>Ready when the scheduler runs on its persistent store.</summary>
internal sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var metadata = await scheduler.GetMetadata(cancellationToken);
        var data = new Dictionary<string, object>
        {
            ["instance_id"] = metadata.SchedulerInstanceId,
            ["job_store"] = ScheduledJobsService.ShortTypeName(metadata.JobStoreTypeName),
            ["persistent"] = metadata.JobStorePersistent,
            ["clustered"] = metadata.JobStoreClustered,
        };
        if (metadata.Status != SchedulerStatus.Running)
        {
            return HealthCheckResult.Unhealthy($"The scheduler is {metadata.Status}.", data: data);
        }

        return metadata.JobStorePersistent
            ? HealthCheckResult.Healthy("The scheduler is running.", data)
            : HealthCheckResult.Unhealthy("The scheduler has no persistent store.", data: data);
    }
}
