namespace SyncConsole.Security.Credentials;

/// <summary>Who wraps the per-secret data keys (configuration key <c>Credentials:Provider</c>).</summary>
public enum KeyProviderKind
{
    /// <summary>Key-encryption keys from configuration, or a generated key file in the data folder (development).</summary>
    LocalKeyRing,

    /// <summary>AWS KMS: data keys are encrypted by a KMS key and never leave KMS unwrapped.</summary>
    AwsKms,
}
