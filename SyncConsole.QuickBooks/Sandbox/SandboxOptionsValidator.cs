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

        if (options.AccessTokenLifetime <= TimeSpan.Zero || options.RefreshTokenLifetime <= TimeSpan.Zero || options.AuthorizationCodeLifetime <= TimeSpan.Zero)
        {
            errors.Add($"{Prefix}AccessTokenLifetime, RefreshTokenLifetime and AuthorizationCodeLifetime must be positive.");
        }

        if (options.WebhookUrl is not null && string.IsNullOrEmpty(options.WebhookVerifierToken))
        {
            errors.Add($"{Prefix}WebhookVerifierToken is required when {Prefix}WebhookUrl is set.");
        }

        if (options.RequestsPerMinute < 1 || options.RequestsPerSecond < 1 || options.MaxConcurrentRequests < 1)
        {
            errors.Add($"{Prefix}RequestsPerMinute, RequestsPerSecond and MaxConcurrentRequests must be at least 1.");
        }

        if (options.MaxBatchItems < 1 || options.CdcMaxObjects < 1 || options.CdcLookback <= TimeSpan.Zero)
        {
            errors.Add($"{Prefix}MaxBatchItems and CdcMaxObjects must be at least 1 and CdcLookback positive.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
