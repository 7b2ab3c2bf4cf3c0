using Microsoft.Extensions.Options;

namespace SyncConsole.Security.Jwt;

internal sealed class JwtOptionsValidator : IValidateOptions<JwtOptions>
{
    public const int MinimumKeyBytes = 32;

    public ValidateOptionsResult Validate(string? name, JwtOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Issuer))
        {
            failures.Add("Auth:Jwt:Issuer must not be empty.");
        }

        if (string.IsNullOrWhiteSpace(options.Audience))
        {
            failures.Add("Auth:Jwt:Audience must not be empty.");
        }

        for (var i = 0; i < options.SigningKeys.Count; i++)
        {
            if (DecodedLength(options.SigningKeys[i]) < MinimumKeyBytes)
            {
                failures.Add($"Auth:Jwt:SigningKeys:{i} must be base64 of at least {MinimumKeyBytes} bytes.");
            }
        }

        if (options.TokenLifetime < TimeSpan.FromMinutes(1) || options.TokenLifetime > TimeSpan.FromDays(1))
        {
            failures.Add($"Auth:Jwt:TokenLifetime must be between 00:01:00 and 1.00:00:00 (was {options.TokenLifetime}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static int DecodedLength(string key)
    {
        var buffer = new byte[key.Length];
        return Convert.TryFromBase64String(key, buffer, out var written) ? written : 0;
    }
}
