namespace SyncConsole.Security.Credentials;

/// <summary>How integration credentials (OAuth tokens) are encrypted at rest. Section <c>Credentials</c>.</summary>
public sealed class CredentialOptions
{
    public const string SectionName = "Credentials";

    /// <summary><c>LocalKeyRing</c> (default) or <c>AwsKms</c>.</summary>
    public KeyProviderKind Provider { get; set; } = KeyProviderKind.LocalKeyRing;

    /// <summary>Local key ring settings.</summary>
    public LocalKeyRingOptions LocalKeyRing { get; set; } = new();

    /// <summary>AWS KMS settings.</summary>
    public AwsKmsOptions AwsKms { get; set; } = new();
}

/// <summary>Section <c>Credentials:LocalKeyRing</c>.</summary>
public sealed class LocalKeyRingOptions
{
    /// <summary>
    /// Key-encryption keys by id, each base64 of 32 bytes (<c>Credentials__LocalKeyRing__Keys__2026a=...</c>). To
    /// rotate, add a key and make it active; keep old keys so that old ciphertexts still decrypt. Default: none, and
    /// then a key ring file is generated under the data folder (fine for development, not for several nodes).
    /// </summary>
    public IDictionary<string, string> Keys { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The id of the key that wraps new secrets. Required when <see cref="Keys"/> is set.</summary>
    public string? ActiveKeyId { get; set; }
}

/// <summary>Section <c>Credentials:AwsKms</c>. AWS credentials come from the SDK's default chain.</summary>
public sealed class AwsKmsOptions
{
    /// <summary>Key id, ARN or alias of the KMS key that wraps new data keys. Required for <c>AwsKms</c>.</summary>
    public string? KeyId { get; set; }

    /// <summary>AWS region, e.g. <c>eu-west-1</c>. Default: the SDK's default chain.</summary>
    public string? Region { get; set; }

    /// <summary>Endpoint override (a VPC endpoint, or a local KMS for tests). Default: none.</summary>
    public Uri? ServiceUrl { get; set; }
}
