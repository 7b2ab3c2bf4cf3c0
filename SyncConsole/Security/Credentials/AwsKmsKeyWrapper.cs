using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;

namespace SyncConsole.Security.Credentials;

/// <summary>
/// Wraps data keys with AWS KMS. Decrypt needs no key id (KMS reads it from the blob), so rotating to a new KMS
/// key, or KMS's own yearly rotation, leaves every older ciphertext readable.
/// </summary>
internal sealed class AwsKmsKeyWrapper(IAmazonKeyManagementService kms, string keyId) : IKeyWrapper
{
    public KeyProviderKind Kind => KeyProviderKind.AwsKms;

    public async Task<WrappedKey> WrapAsync(byte[] dataKey, CancellationToken cancellationToken)
    {
        using var plaintext = new MemoryStream(dataKey, writable: false);
        var response = await kms.EncryptAsync(new EncryptRequest { KeyId = keyId, Plaintext = plaintext }, cancellationToken);
        return new WrappedKey(Kind, response.KeyId ?? keyId, response.CiphertextBlob.ToArray());
    }

    public async Task<byte[]> UnwrapAsync(WrappedKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var blob = new MemoryStream(key.Blob, writable: false);
        var response = await kms.DecryptAsync(new DecryptRequest { CiphertextBlob = blob }, cancellationToken);
        return response.Plaintext.ToArray();
    }
}
