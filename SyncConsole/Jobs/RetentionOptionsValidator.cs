using Microsoft.Extensions.Options;

namespace SyncConsole.Jobs;

internal sealed class RetentionOptionsValidator : IValidateOptions<RetentionOptions>
{
    public ValidateOptionsResult Validate(string? name, RetentionOptions options)
    {
        var failures = new List<string>();
        if (options.JobHistoryDays is < 1 or > 3650)
        {
            failures.Add($"Retention:JobHistoryDays must be between 1 and 3650 (was {options.JobHistoryDays}).");
        }

        if (options.BatchSize is < 1 or > 10_000)
        {
            failures.Add($"Retention:BatchSize must be between 1 and 10000 (was {options.BatchSize}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
