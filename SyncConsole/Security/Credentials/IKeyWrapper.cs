namespace SyncConsole.Security.Credentials;

/// <summary>Encrypts and decrypts data keys with a key-encryption key the app never stores next to the data.</summary>
public interface IKeyWrapper
{
    KeyProviderKind Kind { get; }

    Task<WrappedKey> WrapAsync(byte[] dataKey, CancellationToken cancellationToken);

    /// <summary>Unwraps with whichever key wrapped it, so older ciphertexts survive key rotation.</summary>
    Task<byte[]> UnwrapAsync(WrappedKey key, CancellationToken cancellationToken);
}
