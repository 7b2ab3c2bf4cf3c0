using System.Globalization;

namespace SyncConsole.QuickBooks.Api;

/// <summary>Builds values for QuickBooks query text.</summary>
internal static class QuickBooksQueryText
{
    /// <summary>A quoted string literal; QuickBooks escapes an apostrophe with a backslash.</summary>
    public static string Literal(string value) => "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    /// <summary>A date-time literal with offset, as MetaData.LastUpdatedTime filters expect.</summary>
    public static string Literal(DateTimeOffset value) => Literal(Format(value));

    public static string Format(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
