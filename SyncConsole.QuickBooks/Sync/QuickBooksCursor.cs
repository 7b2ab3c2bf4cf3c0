using System.Globalization;

namespace SyncConsole.QuickBooks.Sync;

/// <summary>
/// The adapter's opaque cursor: either a full load in progress (<c>full|nextStartPosition|startedAt</c>) or a change
/// feed position (<c>cdc|since</c>), both with QuickBooks' own clock.
/// </summary>
internal sealed record QuickBooksCursor(bool FullLoad, int NextStartPosition, DateTimeOffset Since)
{
    public static QuickBooksCursor Changes(DateTimeOffset since) => new(false, 0, since);

    public static QuickBooksCursor Full(int nextStartPosition, DateTimeOffset startedAt) => new(true, nextStartPosition, startedAt);

    public static QuickBooksCursor Parse(string text)
    {
        var parts = text.Split('|');
        return parts switch
        {
            ["cdc", var since] => Changes(ParseTime(since)),
            ["full", var position, var started] => Full(int.Parse(position, NumberStyles.None, CultureInfo.InvariantCulture), ParseTime(started)),
            _ => throw new FormatException($"'{text}' is not a QuickBooks cursor."),
        };
    }

    public override string ToString() => FullLoad
        ? string.Create(CultureInfo.InvariantCulture, $"full|{NextStartPosition}|{Since:O}")
        : string.Create(CultureInfo.InvariantCulture, $"cdc|{Since:O}");

    private static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
