using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SyncConsole.Security.Credentials;

/// <summary>
/// Envelope encryption for secrets at rest: every secret gets its own random 256-bit data key (AES-GCM), and only
/// the data key is wrapped by the key provider. The purpose (e.g. <c>connection:{tenant}:{integration}</c>) is
/// authenticated, so a ciphertext copied to another row does not decrypt.
/// </summary>
public sealed class CredentialProtector(IKeyWrapper wrapper)
{
    private const int EnvelopeVersion = 1;

    public async Task<string> ProtectAsync(string plaintext, string purpose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var dataKey = RandomNumberGenerator.GetBytes(32);
        try
        {
            var wrapped = await wrapper.WrapAsync(dataKey, cancellationToken);
            var sealedBytes = AesGcmEnvelope.Seal(dataKey, Encoding.UTF8.GetBytes(plaintext), purpose);
            return JsonSerializer.Serialize(new Envelope(
                EnvelopeVersion, wrapped.Provider, wrapped.KeyId, Convert.ToBase64String(wrapped.Blob), Convert.ToBase64String(sealedBytes)));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    public async Task<string> UnprotectAsync(string protectedValue, string purpose, CancellationToken cancellationToken)
    {
        var envelope = JsonSerializer.Deserialize<Envelope>(protectedValue)
                       ?? throw new CryptographicException("The protected value is empty.");
        if (envelope.V != EnvelopeVersion || envelope.Provider != wrapper.Kind)
        {
            throw new CryptographicException(
                $"The secret was protected by {envelope.Provider} (v{envelope.V}); the configured provider is {wrapper.Kind}.");
        }

        var dataKey = await wrapper.UnwrapAsync(
            new WrappedKey(envelope.Provider, envelope.KeyId, Convert.FromBase64String(envelope.WrappedKey)), cancellationToken);
        try
        {
            return Encoding.UTF8.GetString(AesGcmEnvelope.Open(dataKey, Convert.FromBase64String(envelope.Ciphertext), purpose));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    /// <summary>The key that wrapped a stored secret (for rotation reports and re-wrapping).</summary>
    public static string KeyIdOf(string protectedValue) =>
        JsonSerializer.Deserialize<Envelope>(protectedValue)?.KeyId ?? throw new CryptographicException("The protected value is empty.");

    private sealed record Envelope(int V, KeyProviderKind Provider, string KeyId, string WrappedKey, string Ciphertext);
}
