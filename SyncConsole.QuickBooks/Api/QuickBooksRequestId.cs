using System.Security.Cryptography;
using System.Text;

namespace SyncConsole.QuickBooks.Api;

/// <summary>
/// Turns a caller's idempotency key into a QuickBooks <c>requestid</c>: the key itself when short enough (50
/// characters, 36 for batch), otherwise a stable hash of it, so the same key always gives the same requestid.
/// </summary>
internal static class QuickBooksRequestId
{
    public const int MaxLength = 50;
    public const int MaxBatchLength = 36;

    public static string From(string idempotencyKey, int maxLength)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        if (idempotencyKey.Length <= maxLength && idempotencyKey.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            return idempotencyKey;
        }

        return "h-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..32];
    }
}
