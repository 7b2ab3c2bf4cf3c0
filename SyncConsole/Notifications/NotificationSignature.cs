using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SyncConsole.Notifications;

/// <summary>
/// The <c>SyncConsole-Signature</c> header: <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "t.body"&gt;</c> with the
/// endpoint's shared secret (the Stripe scheme). The timestamp is signed, so a receiver that rejects old timestamps
/// cannot be fooled by a replayed request.
/// </summary>
public static class NotificationSignature
{
    public const string HeaderName = "SyncConsole-Signature";
    public const string EventIdHeaderName = "SyncConsole-Event-Id";

    /// <summary>How far a receiver should accept a timestamp from its own clock (what <see cref="Verify"/> uses).</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    public static string Header(string secret, DateTimeOffset at, string body)
    {
        var timestamp = at.ToUnixTimeSeconds();
        return string.Create(CultureInfo.InvariantCulture, $"t={timestamp},v1={Compute(secret, timestamp, body)}");
    }

    public static string Compute(string secret, long timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var signed = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{timestamp}.{body}"));
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    /// <summary>A receiver's check: a well-formed header, a timestamp within the tolerance, and a matching HMAC.</summary>
    public static bool Verify(string? header, string secret, string body, DateTimeOffset now, TimeSpan? tolerance = null)
    {
        long? timestamp = null;
        var signatures = new List<string>();
        foreach (var part in (header ?? string.Empty).Split(',', StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith("t=", StringComparison.Ordinal) && long.TryParse(part.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var t))
            {
                timestamp = t;
            }
            else if (part.StartsWith("v1=", StringComparison.Ordinal))
            {
                signatures.Add(part[3..]);
            }
        }

        if (timestamp is not { } ts || Math.Abs(now.ToUnixTimeSeconds() - ts) > (tolerance ?? DefaultTolerance).TotalSeconds)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(secret, ts, body));
        return signatures.Any(s => CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(s)));
    }
}
