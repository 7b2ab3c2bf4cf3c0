using Microsoft.Extensions.Options;

namespace SyncConsole.DeadLetters;

internal sealed class DeadLetterOptionsValidator : IValidateOptions<DeadLetterOptions>
{
    public ValidateOptionsResult Validate(string? name, DeadLetterOptions options)
    {
        var failures = new List<string>();
        if (options.FailedJobsThreshold is < 1 or > 100)
        {
            failures.Add($"DeadLetters:FailedJobsThreshold must be between 1 and 100 (was {options.FailedJobsThreshold}).");
        }

        if (options.JobRetryAttempts is < 0 or > 20)
        {
            failures.Add($"DeadLetters:JobRetryAttempts must be between 0 and 20 (was {options.JobRetryAttempts}).");
        }

        if (options.JobRetryBaseDelay < TimeSpan.FromMilliseconds(100))
        {
            failures.Add($"DeadLetters:JobRetryBaseDelay must be at least 00:00:00.1 (was {options.JobRetryBaseDelay}).");
        }

        if (options.JobRetryMaxDelay < options.JobRetryBaseDelay)
        {
            failures.Add($"DeadLetters:JobRetryMaxDelay must not be below JobRetryBaseDelay (was {options.JobRetryMaxDelay}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
