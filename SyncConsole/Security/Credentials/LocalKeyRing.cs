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
            CreateFile(path);
        }

        var stored = JsonSerializer.Deserialize<KeyRingFile>(File.ReadAllText(path))
                     ?? throw new CryptographicException($"The key ring file {path} is empty.");
        return new LocalKeyRing(stored.Keys.ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value), StringComparer.Ordinal), stored.ActiveKeyId);
    }

    /// <summary>
    /// Creates the ring once per machine. Creators take turns on a lock file (the OS drops the lock if a process dies),
    /// and the ring is written to a private draft and renamed into place, so a process starting at the same moment sees
    /// either no ring or a whole one, and every process uses the first ring that landed.
    /// </summary>
    private static void CreateFile(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var creatorLock = AcquireLock($"{path}.lock");
        if (File.Exists(path))
        {
            return;
        }

        var id = "generated-1";
        var ring = new Dictionary<string, string> { [id] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeySize)) };
        var draft = $"{path}.draft";
        using (var file = new FileStream(draft, PrivateFile(FileMode.Create, FileAccess.Write)))
        {
            JsonSerializer.Serialize(file, new KeyRingFile(id, ring));
            file.Flush(flushToDisk: true);
        }

        File.Move(draft, path);
    }

    private static FileStream AcquireLock(string lockPath)
    {
        // Up to 30 s: another process is creating the ring right now, which takes milliseconds.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new FileStream(lockPath, PrivateFile(FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (attempt < 1500)
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(20));
            }
        }
    }

    private static FileStreamOptions PrivateFile(FileMode mode, FileAccess access, FileShare share = FileShare.Read)
    {
        var options = new FileStreamOptions { Mode = mode, Access = access, Share = share };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return options;
    }

    private sealed record KeyRingFile(string ActiveKeyId, Dictionary<string, string> Keys);
}
