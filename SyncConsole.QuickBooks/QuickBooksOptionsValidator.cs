using Microsoft.Extensions.Options;

namespace SyncConsole.QuickBooks;

/// <summary>Validates <see cref="QuickBooksOptions"/> with messages that name the configuration key.</summary>
internal sealed class QuickBooksOptionsValidator : IValidateOptions<QuickBooksOptions>
{
    public ValidateOptionsResult Validate(string? name, QuickBooksOptions options)
    {
        const string P = QuickBooksOptions.SectionName + ":";
        var errors = new List<string>();
        if (!Enum.IsDefined(options.Environment))
        {
            errors.Add($"{P}Environment must be production, sandbox or emulator.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            errors.Add($"{P}ClientId is required.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            errors.Add($"{P}ClientSecret is required.");
        }

        if (options.Environment == QuickBooksEnvironment.Emulator && options.EmulatorBaseUrl is null
            && (options.ApiBaseUrl is null || options.AuthorizeUrl is null || options.TokenUrl is null || options.RevokeUrl is null))
        {
            errors.Add($"{P}EmulatorBaseUrl is required when {P}Environment is emulator.");
        }

        foreach (var (key, url) in new[] { ("EmulatorBaseUrl", options.EmulatorBaseUrl), ("ApiBaseUrl", options.ApiBaseUrl), ("AuthorizeUrl", options.AuthorizeUrl), ("TokenUrl", options.TokenUrl), ("RevokeUrl", options.RevokeUrl) })
        {
            if (url is not null && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)))
            {
                errors.Add($"{P}{key} must be an absolute http(s) URL.");
            }
        }

        if (options.MinorVersion < 75)
        {
            errors.Add($"{P}MinorVersion must be at least 75 (QuickBooks ignores older versions).");
        }

        foreach (var (key, value) in new[] { ("RequestsPerMinute", options.RequestsPerMinute), ("RequestsPerSecond", options.RequestsPerSecond), ("MaxConcurrentRequests", options.MaxConcurrentRequests) })
        {
            if (value < 1)
            {
                errors.Add($"{P}{key} must be at least 1.");
            }
        }

        if (options.MaxRetryAttempts < 0)
        {
            errors.Add($"{P}MaxRetryAttempts must be 0 or more.");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero || options.MaxRetryDelay < options.RetryBaseDelay)
        {
            errors.Add($"{P}RetryBaseDelay must be between 0 and {P}MaxRetryDelay.");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero)
        {
            errors.Add($"{P}AttemptTimeout must be positive.");
        }

        if (options.PageSize is < 1 or > 1000)
        {
            errors.Add($"{P}PageSize must be between 1 and 1000.");
        }

        if (options.MaxBatchItems is < 1 or > 30)
        {
            errors.Add($"{P}MaxBatchItems must be between 1 and 30.");
        }

        if (options.CdcWindow <= TimeSpan.Zero || options.CdcWindow > TimeSpan.FromDays(30))
        {
            errors.Add($"{P}CdcWindow must be positive and at most 30 days.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
