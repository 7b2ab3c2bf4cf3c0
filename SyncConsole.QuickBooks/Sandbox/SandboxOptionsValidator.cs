using Microsoft.Extensions.Options;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>Validates <see cref="SandboxOptions"/> with messages that name the configuration key.</summary>
internal sealed class SandboxOptionsValidator : IValidateOptions<SandboxOptions>
{
    public ValidateOptionsResult Validate(string? name, SandboxOptions options)
    {
        var errors = new List<string>();
        const string Prefix = SandboxOptions.SectionName + ":";
        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            errors.Add($"{Prefix}ClientId is required.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            errors.Add($"{Prefix}ClientSecret is required.");
        }

        Positive(errors, $"{Prefix}AccessTokenLifetime", options.AccessTokenLifetime);
        Positive(errors, $"{Prefix}RefreshTokenLifetime", options.RefreshTokenLifetime);
        Positive(errors, $"{Prefix}AuthorizationCodeLifetime", options.AuthorizationCodeLifetime);
        Positive(errors, $"{Prefix}CdcLookback", options.CdcLookback);

        if (options.WebhookUrl is not null && string.IsNullOrEmpty(options.WebhookVerifierToken))
        {
            errors.Add($"{Prefix}WebhookVerifierToken is required when {Prefix}WebhookUrl is set.");
        }

        AtLeastOne(errors, $"{Prefix}RequestsPerMinute", options.RequestsPerMinute);
        AtLeastOne(errors, $"{Prefix}RequestsPerSecond", options.RequestsPerSecond);
        AtLeastOne(errors, $"{Prefix}MaxConcurrentRequests", options.MaxConcurrentRequests);
        AtLeastOne(errors, $"{Prefix}MaxBatchItems", options.MaxBatchItems);
        AtLeastOne(errors, $"{Prefix}CdcMaxObjects", options.CdcMaxObjects);

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Positive(List<string> errors, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"{key} must be positive.");
        }
    }

    private static void AtLeastOne(List<string> errors, string key, int value)
    {
        if (value < 1)
        {
            errors.Add($"{key} must be at least 1.");
        }
    }
}
