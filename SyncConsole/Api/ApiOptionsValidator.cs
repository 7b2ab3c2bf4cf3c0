using Microsoft.Extensions.Options;

namespace SyncConsole.Api;

internal sealed class ApiOptionsValidator : IValidateOptions<ApiOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiOptions options)
    {
        var failures = new List<string>();
        if (options.RequestsPerMinute is < 1 or > 1_000_000)
        {
            failures.Add($"Api:RequestsPerMinute must be between 1 and 1000000 (was {options.RequestsPerMinute}).");
        }

        if (options.Burst is < 1 or > 100_000)
        {
            failures.Add($"Api:Burst must be between 1 and 100000 (was {options.Burst}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
