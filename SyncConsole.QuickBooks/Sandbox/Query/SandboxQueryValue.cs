using System.Globalization;
using System.Text.Json.Nodes;
using SyncConsole.QuickBooks.Sandbox.Storage;

namespace SyncConsole.QuickBooks.Sandbox.Query;

/// <summary>Reads a property path from a record and compares values as QuickBooks does: dates, numbers, booleans, text.</summary>
internal static class SandboxQueryValue
{
    private const string LastUpdatedPath = "MetaData.LastUpdatedTime";

    /// <summary>The value at a dotted path, case-insensitive; a reference compares by its <c>value</c>.</summary>
    public static string? Read(SandboxRecord record, JsonObject obj, string path)
    {
        if (path.Equals(LastUpdatedPath, StringComparison.OrdinalIgnoreCase))
        {
            // The precise write time: MetaData shows whole seconds, filtering on it must not lose a write.
            return record.LastUpdated.ToString("O", CultureInfo.InvariantCulture);
        }

        JsonNode? node = obj;
        foreach (var segment in path.Split('.'))
        {
            node = node is JsonObject current ? Property(current, segment) : null;
        }

        if (node is JsonObject reference)
        {
            node = Property(reference, "value");
        }

        return SandboxJson.AsString(node);
    }

    public static int Compare(string? left, string? right)
    {
        if (left is null || right is null)
        {
            return left is null ? (right is null ? 0 : -1) : 1;
        }

        if (decimal.TryParse(left, NumberStyles.Number, CultureInfo.InvariantCulture, out var l)
            && decimal.TryParse(right, NumberStyles.Number, CultureInfo.InvariantCulture, out var r))
        {
            return l.CompareTo(r);
        }

        if (LooksLikeDate(left) && LooksLikeDate(right)
            && DateTimeOffset.TryParse(left, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var ld)
            && DateTimeOffset.TryParse(right, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var rd))
        {
            return ld.CompareTo(rd);
        }

        return string.Compare(left, right, StringComparison.OrdinalIgnoreCase);
    }

    public static bool Like(string? value, string pattern)
    {
        if (value is null)
        {
            return false;
        }

        var parts = pattern.Split('%');
        var position = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var found = value.IndexOf(part, position, StringComparison.OrdinalIgnoreCase);
            if (found < 0 || (i == 0 && found != 0))
            {
                return false;
            }

            position = found + part.Length;
        }

        return parts[^1].Length == 0 || position == value.Length
            || value.EndsWith(parts[^1], StringComparison.OrdinalIgnoreCase);
    }

    private static bool LooksLikeDate(string text) => text.Length >= 10 && text[4] == '-' && text[7] == '-';

    private static JsonNode? Property(JsonObject obj, string name)
    {
        foreach (var (key, value) in obj)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
