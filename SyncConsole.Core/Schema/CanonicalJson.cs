using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SyncConsole.Core.Schema;

/// <summary>
/// The canonical JSON form (API.md): snake_case names, enums as snake_case strings, dates <c>YYYY-MM-DD</c>,
/// nulls written (so every schema field is present), and the record envelope <c>{"id", "schema_version", ...fields}</c>.
/// </summary>
public static class CanonicalJson
{
    /// <summary>The name of the id property of a record body.</summary>
    public const string IdProperty = "id";

    /// <summary>The name of the schema version property of a record body.</summary>
    public const string SchemaVersionProperty = "schema_version";

    /// <summary>Serializer options for canonical entities and values.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>
    /// Writes a record as the text of its canonical JSON body, straight from the field values: no intermediate node
    /// tree, which matters on a sync's hot path (one body per record written).
    /// </summary>
    public static string ToJsonString(CanonicalRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString(IdProperty, record.Id);
            writer.WriteNumber(SchemaVersionProperty, record.SchemaVersion);
            WriteFields(writer, record.Fields);
            writer.WriteEndObject();
        });
    }

    /// <summary>Writes a field map as the text of a JSON object of its values.</summary>
    public static string ToJsonString(FieldMap fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return Write(writer =>
        {
            writer.WriteStartObject();
            WriteFields(writer, fields);
            writer.WriteEndObject();
        });
    }

    /// <summary>
    /// Reads a canonical JSON body of any supported schema version and upgrades it to
    /// <see cref="SchemaVersions.Current"/>. A body without <c>schema_version</c> is read as version 1.
    /// </summary>
    /// <exception cref="JsonException">The body is not an object, lacks an id, or has an unsupported version.</exception>
    public static CanonicalRecord FromJson(EntityType entityType, JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("A canonical record body must be a JSON object.");
        }

        var id = body.TryGetProperty(IdProperty, out var idElement) && idElement.ValueKind == JsonValueKind.String
            ? idElement.GetString()!
            : throw new JsonException("A canonical record body needs a string 'id'.");
        var version = body.TryGetProperty(SchemaVersionProperty, out var v) && v.ValueKind == JsonValueKind.Number
            ? v.GetInt32()
            : SchemaVersions.V1;
        var fields = FieldMap.From(body.EnumerateObject()
            .Where(p => p.Name is not (IdProperty or SchemaVersionProperty))
            .Select(p => KeyValuePair.Create(p.Name, CanonicalValue.FromJson(p.Value))));
        return SchemaUpgrader.Upgrade(new CanonicalRecord(entityType, id, version, fields));
    }

    private static void WriteFields(Utf8JsonWriter writer, FieldMap fields)
    {
        foreach (var (name, value) in fields.Entries)
        {
            writer.WritePropertyName(name);
            value.Json.WriteTo(writer);
        }
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            NumberHandling = JsonNumberHandling.Strict,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
