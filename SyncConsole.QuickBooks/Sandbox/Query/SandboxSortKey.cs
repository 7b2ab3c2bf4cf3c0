using System.Globalization;

namespace SyncConsole.QuickBooks.Sandbox.Query;

/// <summary>
/// A value as a query compares it, parsed once: sorting a large company compares each row's value many times, and
/// parsing it as a number or date on every comparison was most of the first page's time.
/// </summary>
internal readonly record struct SandboxSortKey(string? Text, decimal? Number, DateTimeOffset? Date)
{
    public static SandboxSortKey Of(string? text)
    {
        if (text is null)
        {
            return default;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return new(text, number, null);
        }

        return LooksLikeDate(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? new(text, null, date)
            : new(text, null, null);
    }

    private static bool LooksLikeDate(string text) => text.Length >= 10 && text[4] == '-' && text[7] == '-';
}
