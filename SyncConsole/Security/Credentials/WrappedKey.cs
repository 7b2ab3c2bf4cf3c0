namespace SyncConsole.Security.Credentials;

/// <summary>A data key encrypted by a key-encryption key: which provider and key, and the encrypted bytes.</summary>
public sealed record WrappedKey(KeyProviderKind Provider, string KeyId, byte[] Blob);
