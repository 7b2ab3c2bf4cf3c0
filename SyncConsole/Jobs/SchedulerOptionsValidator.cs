using Microsoft.Extensions.Options;

namespace SyncConsole.Jobs;

internal sealed class SchedulerOptionsValidator : IValidateOptions<SchedulerOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulerOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.InstanceName))
        {
            failures.Add("Scheduler:InstanceName must not be empty.");
        }

        if (options.ThreadCount is < 1 or > 64)
        {
            failures.Add($"Scheduler:ThreadCount must be between 1 and 64 (was {options.ThreadCount}).");
        }

        if (options.HousekeepingInterval < TimeSpan.FromSeconds(1))
        {
            failures.Add($"Scheduler:HousekeepingInterval must be at least 00:00:01 (was {options.HousekeepingInterval}).");
        }

        if (options.HousekeepingRetention < TimeSpan.FromMinutes(1))
        {
            failures.Add($"Scheduler:HousekeepingRetention must be at least 00:01:00 (was {options.HousekeepingRetention}).");
        }

        if (options.ClusterCheckinInterval < TimeSpan.FromSeconds(1) || options.ClusterCheckinInterval > TimeSpan.FromMinutes(5))
        {
            failures.Add($"Scheduler:ClusterCheckinInterval must be between 00:00:01 and 00:05:00 (was {options.ClusterCheckinInterval}).");
        }

        if (options.ReconcileInterval != TimeSpan.Zero && options.ReconcileInterval < TimeSpan.FromMinutes(1))
        {
            failures.Add($"Scheduler:ReconcileInterval must be 00:00:00 (off) or at least 00:01:00 (was {options.ReconcileInterval}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
