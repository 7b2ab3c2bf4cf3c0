using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace SyncConsole.Core.Schema;

/// <summary>
/// One string per field name read from JSON. Every record body read names the same few dozen fields, and
/// <see cref="JsonProperty.Name"/> allocates a new string each time; this pool hands out the first one instead.
/// </summary>
internal static class FieldNamePool
{
    // Field names come from schemas, but a body can carry any name: the pool stops growing at this size and later
    // names are simply not shared.
    private const int MaxNames = 4096;

    // Longer names are rare enough to read the ordinary way.
    private const int MaxPooledLength = 64;

    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByChars =
        Names.GetAlternateLookup<ReadOnlySpan<char>>();

    // Counted here: ConcurrentDictionary.Count takes every one of its locks.
    private static int s_pooled;

    /// <summary>The name of <paramref name="property"/>, shared with every earlier property of the same name.</summary>
    public static string NameOf(JsonProperty property)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        Span<char> chars = stackalloc char[MaxPooledLength];
        // An escaped name (a backslash in the raw text) is unescaped by JsonProperty.Name.
        if (raw.Length > MaxPooledLength || raw.Contains((byte)'\\') || !Encoding.UTF8.TryGetChars(raw, chars, out var length))
        {
            return property.Name;
        }

        var name = chars[..length];
        if (ByChars.TryGetValue(name, out var shared))
        {
            return shared;
        }

        var created = name.ToString();
        if (Volatile.Read(ref s_pooled) >= MaxNames)
        {
            return created;
        }

        if (Names.TryAdd(created, created))
        {
            Interlocked.Increment(ref s_pooled);
            return created;
        }

        return Names.TryGetValue(created, out var first) ? first : created;
    }
}
