using Microsoft.Extensions.Options;

namespace SyncConsole.Security.Credentials;

internal sealed class CredentialOptionsValidator : IValidateOptions<CredentialOptions>
{
    public ValidateOptionsResult Validate(string? name, CredentialOptions options)
    {
        var failures = new List<string>();
        switch (options.Provider)
        {
            case KeyProviderKind.LocalKeyRing:
                var ring = options.LocalKeyRing;
                foreach (var (id, key) in ring.Keys)
                {
                    if (!LocalKeyRing.TryDecodeKey(key, out _))
                    {
                        failures.Add($"Credentials:LocalKeyRing:Keys:{id} must be base64 of exactly 32 bytes.");
                    }
                }

                if (ring.Keys.Count > 0 && (ring.ActiveKeyId is null || !ring.Keys.ContainsKey(ring.ActiveKeyId)))
                {
                    failures.Add("Credentials:LocalKeyRing:ActiveKeyId must name one of Credentials:LocalKeyRing:Keys.");
                }

                break;
            case KeyProviderKind.AwsKms:
                if (string.IsNullOrWhiteSpace(options.AwsKms.KeyId))
                {
                    failures.Add("Credentials:AwsKms:KeyId is required when Credentials:Provider is 'AwsKms'.");
                }

                break;
            default:
                failures.Add($"Credentials:Provider must be 'LocalKeyRing' or 'AwsKms' (was '{options.Provider}').");
                break;
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
