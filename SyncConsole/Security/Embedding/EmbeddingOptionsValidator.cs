using Microsoft.Extensions.Options;

namespace SyncConsole.Security.Embedding;

internal sealed class EmbeddingOptionsValidator : IValidateOptions<EmbeddingOptions>
{
    public ValidateOptionsResult Validate(string? name, EmbeddingOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.AllowedOrigins.Count; i++)
        {
            if (!IsOrigin(options.AllowedOrigins[i]))
            {
                failures.Add($"Embedding:AllowedOrigins:{i} must be an origin like https://app.example.com (scheme, host, optional port; no path) (was '{options.AllowedOrigins[i]}').");
            }
        }

        for (var i = 0; i < options.AllowedRoles.Count; i++)
        {
            if (!SyncConsoleClaims.AllRoles.Contains(options.AllowedRoles[i], StringComparer.Ordinal))
            {
                failures.Add($"Embedding:AllowedRoles:{i} must be one of {string.Join(", ", SyncConsoleClaims.AllRoles)} (was '{options.AllowedRoles[i]}').");
            }
        }

        Range(failures, "Embedding:MaxTokenLifetime", options.MaxTokenLifetime, TimeSpan.FromSeconds(10), TimeSpan.FromHours(1));
        Range(failures, "Embedding:DefaultTokenLifetime", options.DefaultTokenLifetime, TimeSpan.FromSeconds(10), options.MaxTokenLifetime);
        Range(failures, "Embedding:SessionLifetime", options.SessionLifetime, TimeSpan.FromMinutes(1), TimeSpan.FromDays(1));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && uri.Scheme is "https" or "http"
        && uri.AbsolutePath == "/" && !value.EndsWith('/') && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment)
        && string.IsNullOrEmpty(uri.UserInfo);

    private static void Range(List<string> failures, string key, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{key} must be between {min} and {max} (was {value}).");
        }
    }
}
