using Microsoft.Extensions.Options;

namespace SyncConsole.Notifications;

internal sealed class NotificationOptionsValidator : IValidateOptions<NotificationOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationOptions options)
    {
        var failures = new List<string>();
        if (options.RetrySchedule.Count > 30)
        {
            failures.Add($"Notifications:RetrySchedule may have at most 30 delays (had {options.RetrySchedule.Count}).");
        }

        if (options.RetrySchedule.Any(d => d <= TimeSpan.Zero))
        {
            failures.Add("Notifications:RetrySchedule delays must all be positive.");
        }

        if (options.RequestTimeout < TimeSpan.FromSeconds(1) || options.RequestTimeout > TimeSpan.FromMinutes(5))
        {
            failures.Add($"Notifications:RequestTimeout must be between 00:00:01 and 00:05:00 (was {options.RequestTimeout}).");
        }

        if (options.IdleCheckInterval < TimeSpan.FromSeconds(1) || options.IdleCheckInterval > TimeSpan.FromHours(1))
        {
            failures.Add($"Notifications:IdleCheckInterval must be between 00:00:01 and 01:00:00 (was {options.IdleCheckInterval}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
