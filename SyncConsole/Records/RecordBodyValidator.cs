using System.Text.Json;
using System.Text.Json.Serialization;
using SyncConsole.Core.Schema;

namespace SyncConsole.Records;

/// <summary>
/// Checks a canonical record body against the entity's typed schema: an object, the path's id, a known schema
/// version, no unknown field, every value of the right type. Returns every problem, keyed by field.
/// </summary>
internal static class RecordBodyValidator
{
    private static readonly JsonSerializerOptions Strict = new(CanonicalJson.Options) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    public static CanonicalRecord? Validate(EntityType entityType, string id, JsonElement body, Dictionary<string, string[]> errors)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors["body"] = ["The body must be a JSON object."];
            return null;
        }

        if (body.TryGetProperty(CanonicalJson.IdProperty, out var bodyId) && (bodyId.ValueKind != JsonValueKind.String || bodyId.GetString() != id))
        {
            errors["id"] = ["id must match the record id in the path."];
        }

        if (body.TryGetProperty(CanonicalJson.SchemaVersionProperty, out var version)
            && (version.ValueKind != JsonValueKind.Number || version.GetInt32() is < SchemaVersions.V1 or > SchemaVersions.Current))
        {
            errors["schema_version"] = [$"schema_version must be between {SchemaVersions.V1} and {SchemaVersions.Current}."];
        }

        var schema = EntitySchema.For(entityType);
        foreach (var property in body.EnumerateObject())
        {
            if (property.Name is not (CanonicalJson.IdProperty or CanonicalJson.SchemaVersionProperty) && !schema.HasField(property.Name))
            {
                errors[property.Name] = [$"{property.Name} is not a field of {entityType.ToWireName()}."];
            }
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var withId = JsonSerializer.SerializeToElement(
            body.EnumerateObject().Where(p => p.Name != CanonicalJson.IdProperty).ToDictionary(p => p.Name, p => p.Value)
                .Append(KeyValuePair.Create(CanonicalJson.IdProperty, JsonSerializer.SerializeToElement(id))).ToDictionary());
        var record = CanonicalJson.FromJson(entityType, withId);
        try
        {
            // The typed entity reports a value of the wrong type with its JSON path, and gives the full shape back:
            // every field present (null when not set) with the schema's defaults, at the current schema version.
            var typed = (CanonicalEntity)JsonSerializer.Deserialize(CanonicalJson.ToJsonString(record), CanonicalEntity.Create(entityType).GetType(), Strict)!;
            return typed.ToRecord().WithId(id);
        }
        catch (JsonException ex)
        {
            errors[(ex.Path ?? "$").TrimStart('$', '.')] = [ex.Message.Split(" Path:")[0]];
            return null;
        }
    }
}
