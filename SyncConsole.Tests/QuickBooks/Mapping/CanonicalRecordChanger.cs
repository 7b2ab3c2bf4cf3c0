using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SyncConsole.Core.Schema;

namespace SyncConsole.Tests.QuickBooks.Mapping;

/// <summary>Changes every scalar value of a canonical record (texts, numbers, dates, flags), nested ones included.</summary>
internal static class CanonicalRecordChanger
{
    // Enum-valued fields keep their value: any change would not be a valid canonical value.
    private static readonly string[] Fixed = [CanonicalJson.IdProperty, CanonicalJson.SchemaVersionProperty, "type", "account_type", "account_sub_type"];

    public static CanonicalRecord ChangeEveryField(CanonicalRecord record)
    {
        var json = JsonNode.Parse(CanonicalJson.ToJsonString(record))!.AsObject();
        foreach (var name in json.Select(p => p.Key).ToList())
        {
            if (!Fixed.Contains(name))
            {
                json[name] = Change(json[name]);
            }
        }

        return CanonicalJson.FromJson(record.EntityType, JsonSerializer.SerializeToElement(json));
    }

    private static JsonNode? Change(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Change(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Change)]),
        JsonValue value when value.TryGetValue<bool>(out var flag) => JsonValue.Create(!flag),
        JsonValue value when value.TryGetValue<decimal>(out var number) => JsonValue.Create(number + 1),
        JsonValue value when value.TryGetValue<string>(out var text)
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) =>
            JsonValue.Create(date.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        JsonValue value when value.TryGetValue<string>(out var text) => JsonValue.Create(text + "2"),
        _ => node?.DeepClone(),
    };
}
