using System.Globalization;
using System.Text.Json;
using SyncConsole.QuickBooks.Sandbox.Storage;

namespace SyncConsole.QuickBooks.Sandbox.Query;

/// <summary>Reads a property path from a record and compares values as QuickBooks does: dates, numbers, booleans, text.</summary>
internal static class SandboxQueryValue
{
    private const string LastUpdatedPath = "MetaData.LastUpdatedTime";
    private const string IdPath = "Id";
    private const string ActivePath = "Active";

    /// <summary>The value at a dotted path, case-insensitive; a reference compares by its <c>value</c>.</summary>
    public static string? Read(SandboxRecord record, JsonElement obj, string path)
    {
        if (path.Equals(LastUpdatedPath, StringComparison.OrdinalIgnoreCase))
        {
            return LastUpdated(record.LastUpdated);
        }

        var node = obj;
        foreach (var segment in path.Split('.'))
        {
            if (!TryProperty(node, segment, out node))
            {
                return null;
            }
        }

        if (node.ValueKind == JsonValueKind.Object && !TryProperty(node, "value", out node))
        {
            return null;
        }

        // As QuickBooks' text of the value: a string as is, a number or flag as written; objects and arrays have none.
        return node.ValueKind switch
        {
            JsonValueKind.String => node.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => node.GetRawText(),
            _ => null,
        };
    }

    /// <summary>Whether <see cref="Read(SandboxRecordHeader, string)"/> reads the path: the id, the last write time or the Active flag.</summary>
    public static bool IsInHeader(string path) =>
        path.Equals(IdPath, StringComparison.OrdinalIgnoreCase)
        || path.Equals(ActivePath, StringComparison.OrdinalIgnoreCase)
        || path.Equals(LastUpdatedPath, StringComparison.OrdinalIgnoreCase);

    /// <summary>The value at a path the header holds (<see cref="IsInHeader"/>), as <see cref="Read(SandboxRecord, JsonElement, string)"/> reads it from the JSON.</summary>
    public static string? Read(SandboxRecordHeader header, string path)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (path.Equals(LastUpdatedPath, StringComparison.OrdinalIgnoreCase))
        {
            return LastUpdated(header.LastUpdated);
        }

        if (path.Equals(IdPath, StringComparison.OrdinalIgnoreCase))
        {
            return header.Id;
        }

        return path.Equals(ActivePath, StringComparison.OrdinalIgnoreCase)
            ? header.Active is { } active ? (active ? "true" : "false") : null
            : throw new ArgumentException($"A header does not hold {path}.", nameof(path));
    }

    public static int Compare(string? left, string? right) => Compare(SandboxSortKey.Of(left), SandboxSortKey.Of(right));

    /// <summary>Numbers as numbers, dates as dates (when both sides are one), text case-insensitively; null first.</summary>
    public static int Compare(SandboxSortKey left, SandboxSortKey right)
    {
        if (left.Text is null || right.Text is null)
        {
            return left.Text is null ? (right.Text is null ? 0 : -1) : 1;
        }

        if (left.Number is { } l && right.Number is { } r)
        {
            return l.CompareTo(r);
        }

        if (left.Date is { } ld && right.Date is { } rd)
        {
            return ld.CompareTo(rd);
        }

        return string.Compare(left.Text, right.Text, StringComparison.OrdinalIgnoreCase);
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

    // The precise write time: MetaData shows whole seconds, filtering on it must not lose a write.
    private static string LastUpdated(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    private static bool TryProperty(JsonElement obj, string name, out JsonElement value)
    {
        if (obj.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in obj.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = property.Value;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }
}
