using System.Security.Cryptography;
using System.Text.Json;

namespace SyncConsole.Security.Credentials;

/// <summary>
/// Key-encryption keys held by the app: from configuration, or else generated once into a file in the data folder
/// (readable by the app's user only). Wraps data keys with AES-256-GCM.
/// </summary>
internal sealed class LocalKeyRing : IKeyWrapper
{
    private const int KeySize = 32;
    private readonly IReadOnlyDictionary<string, byte[]> keys;
    private readonly string activeKeyId;

    public LocalKeyRing(IReadOnlyDictionary<string, byte[]> keys, string activeKeyId)
    {
        this.keys = keys;
        this.activeKeyId = activeKeyId;
    }

    public KeyProviderKind Kind => KeyProviderKind.LocalKeyRing;

    public static LocalKeyRing FromOptions(LocalKeyRingOptions options, string generatedRingFile)
    {
        if (options.Keys.Count > 0)
        {
            var decoded = options.Keys.ToDictionary(k => k.Key, k => TryDecodeKey(k.Value, out var key) ? key : [], StringComparer.Ordinal);
            return new LocalKeyRing(decoded, options.ActiveKeyId!);
        }

        return LoadOrCreateFile(generatedRingFile);
    }

    public static bool TryDecodeKey(string base64, out byte[] key)
    {
        var buffer = new byte[KeySize + 3];
        key = Convert.TryFromBase64String(base64, buffer, out var written) && written == KeySize ? buffer[..KeySize] : [];
        return key.Length == KeySize;
    }

    public Task<WrappedKey> WrapAsync(byte[] dataKey, CancellationToken cancellationToken) =>
        Task.FromResult(new WrappedKey(Kind, activeKeyId, AesGcmEnvelope.Seal(keys[activeKeyId], dataKey, activeKeyId)));

    public Task<byte[]> UnwrapAsync(WrappedKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!keys.TryGetValue(key.KeyId, out var kek))
        {
            throw new CryptographicException($"Key '{key.KeyId}' is not in the local key ring: it was removed too early.");
        }

        return Task.FromResult(AesGcmEnvelope.Open(kek, key.Blob, key.KeyId));
    }

    private static LocalKeyRing LoadOrCreateFile(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var id = "generated-1";
            var ring = new Dictionary<string, string> { [id] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeySize)) };
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            try
            {
                using var file = new FileStream(path, options);
                JsonSerializer.Serialize(file, new KeyRingFile(id, ring));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process on this machine created it first: use theirs.
            }
        }

        var stored = JsonSerializer.Deserialize<KeyRingFile>(File.ReadAllText(path))
                     ?? throw new CryptographicException($"The key ring file {path} is empty.");
        return new LocalKeyRing(stored.Keys.ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value), StringComparer.Ordinal), stored.ActiveKeyId);
    }

    private sealed record KeyRingFile(string ActiveKeyId, Dictionary<string, string> Keys);
}
