using System.Globalization;
using System.Text.RegularExpressions;

namespace SyncConsole.QuickBooks.Webhooks;

/// <summary>
/// Parses webhook times as QuickBooks sends them: <c>Z</c>, <c>-07:00</c> or <c>-0700</c> (no colon) offsets, and up to
/// nanosecond fractions (more digits than .NET parses).
/// </summary>
internal static partial class QuickBooksWebhookTimestamps
{
    public static DateTimeOffset Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new QuickBooksWebhookFormatException("A webhook event has no time.");
        }

        var match = Shape().Match(text.Trim());
        if (!match.Success)
        {
            throw new QuickBooksWebhookFormatException($"Unrecognised webhook time '{text}'.");
        }

        var fraction = match.Groups["fraction"].Value;
        if (fraction.Length > 8)
        {
            fraction = fraction[..8];
        }

        var offset = match.Groups["offset"].Value.ToUpperInvariant();
        if (offset.Length == 5)
        {
            offset = $"{offset[..3]}:{offset[3..]}";
        }

        var normalized = match.Groups["stamp"].Value + fraction + (offset.Length == 0 ? "Z" : offset);
        return DateTimeOffset.Parse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
    }

    [GeneratedRegex(@"^(?<stamp>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?<fraction>\.\d+)?(?<offset>Z|[+-]\d{2}:?\d{2})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
