using System.Text.Json;
using System.Text.Json.Nodes;
using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;

namespace SyncConsole.Sync;

/// <summary>How Core's values are stored in JSON columns: field maps as objects, values as their canonical JSON.</summary>
internal static class SyncJson
{
    public static string? Write(FieldMap? fields) => fields is null ? null : CanonicalJson.ToJsonString(fields);

    // Values are cloned out of the parsed document, so it is disposed (its pooled buffers go back) at once.
    public static FieldMap? ReadFieldMap(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return FromObject(document.RootElement);
    }

    public static string Write(IReadOnlyList<FieldConflict> fields) =>
        new JsonArray([.. fields.Select(f => (JsonNode)new JsonObject
        {
            ["field"] = f.Field,
            ["base"] = Node(f.Base),
            ["ours"] = Node(f.Ours),
            ["theirs"] = Node(f.Theirs),
        })]).ToJsonString();

    public static IReadOnlyList<FieldConflict> ReadFieldConflicts(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(f => new FieldConflict(
            f.GetProperty("field").GetString()!,
            CanonicalValue.FromJson(f.GetProperty("base")),
            CanonicalValue.FromJson(f.GetProperty("ours")),
            CanonicalValue.FromJson(f.GetProperty("theirs"))))];
    }

    public static string? Write(IReadOnlyDictionary<string, ConflictChoice>? choices) => choices is null
        ? null
        : new JsonObject(choices.Select(c => KeyValuePair.Create(c.Key, (JsonNode?)new JsonObject
        {
            ["kind"] = c.Value.Kind.ToString(),
            ["value"] = c.Value.Value is null ? null : Node(c.Value.Value),
        }))).ToJsonString();

    public static IReadOnlyDictionary<string, ConflictChoice>? ReadChoices(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => new ConflictChoice(
                Enum.Parse<ChoiceKind>(p.Value.GetProperty("kind").GetString()!),
                p.Value.GetProperty("value").ValueKind == JsonValueKind.Null ? null : CanonicalValue.FromJson(p.Value.GetProperty("value"))),
            StringComparer.Ordinal);
    }

    public static string? Write(PendingExternalWrite? pending) => pending is null
        ? null
        : new JsonObject
        {
            ["operation"] = pending.Operation.ToString(),
            ["fields"] = pending.Fields is null ? null : ToObject(pending.Fields),
            ["ours_fields"] = pending.OursFields is null ? null : ToObject(pending.OursFields),
            ["basis_token"] = pending.BasisToken,
            ["idempotency_key"] = pending.IdempotencyKey,
            ["resolutions"] = new JsonArray([.. pending.Resolutions.Select(r => (JsonNode)new JsonObject
            {
                ["field"] = r.Field,
                ["winner"] = r.Winner.ToString(),
                ["policy"] = r.Policy.ToString(),
            })]),
        }.ToJsonString();

    public static PendingExternalWrite? ReadPendingWrite(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new PendingExternalWrite(
            Enum.Parse<ExternalWriteOperation>(root.GetProperty("operation").GetString()!),
            OptionalMap(root.GetProperty("fields")),
            OptionalMap(root.GetProperty("ours_fields")),
            root.GetProperty("basis_token").GetString(),
            root.GetProperty("idempotency_key").GetString()!,
            [.. root.GetProperty("resolutions").EnumerateArray().Select(r => new FieldResolution(
                r.GetProperty("field").GetString()!,
                Enum.Parse<MergeSide>(r.GetProperty("winner").GetString()!),
                Enum.Parse<ConflictPolicy>(r.GetProperty("policy").GetString()!)))]);
    }

    private static FieldMap? OptionalMap(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : FromObject(element);

    private static JsonObject ToObject(FieldMap fields) =>
        new(fields.Entries.Select(e => KeyValuePair.Create(e.Key, Node(e.Value))));

    private static FieldMap FromObject(JsonElement element) =>
        FieldMap.From(element.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, CanonicalValue.FromJson(p.Value))));

    private static JsonNode? Node(CanonicalValue value) => JsonSerializer.SerializeToNode(value.Json);
}
