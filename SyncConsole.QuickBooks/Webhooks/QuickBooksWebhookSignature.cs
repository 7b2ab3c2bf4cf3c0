using System.Security.Cryptography;
using System.Text;

namespace SyncConsole.QuickBooks.Webhooks;

/// <summary>The <c>intuit-signature</c> scheme: base64(HMAC-SHA256(key = verifier token, message = raw body)).</summary>
public static class QuickBooksWebhookSignature
{
    /// <summary>The HTTP header carrying the signature.</summary>
    public const string HeaderName = "intuit-signature";

    /// <summary>Computes the signature of a raw body.</summary>
    public static string Compute(ReadOnlySpan<byte> body, string verifierToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(verifierToken);
        return Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(verifierToken), body));
    }

    /// <summary>Checks a signature header against the raw body in constant time; false for a missing or malformed header.</summary>
    public static bool Verify(ReadOnlySpan<byte> body, string? signature, string verifierToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(verifierToken);
        if (string.IsNullOrWhiteSpace(signature))
        {
            return false;
        }

        // Compared as text: base64 decoders ignore the unused bits of the last character, so a byte comparison
        // would accept more than one spelling of the same signature.
        var expected = Encoding.ASCII.GetBytes(Compute(body, verifierToken));
        var received = Encoding.ASCII.GetBytes(signature.Trim());
        return CryptographicOperations.FixedTimeEquals(expected, received);
    }
}
