using System.Globalization;
using System.Text.Json.Nodes;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>Small accessors over QuickBooks JSON objects, tolerant of numbers sent as strings.</summary>
internal static class SandboxJson
{
    private const string MetaFormat = "yyyy-MM-dd'T'HH:mm:sszzz";
    private const string ServerFormat = "yyyy-MM-dd'T'HH:mm:ss.fffzzz";

    public static string? GetString(JsonObject obj, string name) => AsString(obj[name]);

    public static string? AsString(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value => value.ToJsonString(),
        _ => null,
    };

    public static decimal? GetDecimal(JsonObject obj, string name) => AsDecimal(obj[name]);

    public static decimal? AsDecimal(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        if (value.TryGetValue<decimal>(out var number))
        {
            return number;
        }

        return value.TryGetValue<string>(out var text)
            && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : null;
    }

    public static bool? GetBool(JsonObject obj, string name)
    {
        if (obj[name] is not JsonValue value)
        {
            return null;
        }

        if (value.TryGetValue<bool>(out var flag))
        {
            return flag;
        }

        return value.TryGetValue<string>(out var text) && bool.TryParse(text, out var parsed) ? parsed : null;
    }

    public static string? RefValue(JsonObject obj, string name) =>
        obj[name] is JsonObject reference ? GetString(reference, "value") : null;

    public static JsonObject Ref(string value, string? name)
    {
        var reference = new JsonObject { ["value"] = value };
        if (name is not null)
        {
            reference["name"] = name;
        }

        return reference;
    }

    public static JsonArray Lines(JsonObject obj) => obj["Line"] as JsonArray ?? [];

    public static decimal Money(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    public static string FormatMeta(DateTimeOffset time, TimeSpan offset) =>
        time.ToOffset(offset).ToString(MetaFormat, CultureInfo.InvariantCulture);

    public static string FormatServer(DateTimeOffset time, TimeSpan offset) =>
        time.ToOffset(offset).ToString(ServerFormat, CultureInfo.InvariantCulture);

    public static string FormatDate(DateTimeOffset time, TimeSpan offset) =>
        time.ToOffset(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static JsonObject ParseObject(string json) =>
        JsonNode.Parse(json) as JsonObject ?? throw new FormatException("Stored sandbox JSON is not an object.");
}
