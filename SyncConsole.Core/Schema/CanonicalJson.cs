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

    // One buffer and writer per thread, reused: a sync writes a body per record, and a fresh buffer for each was a
    // tenth of everything the host allocated during a full load. Writing never awaits, so a thread's pair is never
    // shared; a buffer grown past KeptBufferBytes by an unusually large record is dropped rather than kept for good.
    private const int KeptBufferBytes = 64 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>Serializer options for canonical entities and values.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>
    /// Writes a record as the text of its canonical JSON body, straight from the field values: no intermediate node
    /// tree, which matters on a sync's hot path (one body per record written).
    /// </summary>
    public static string ToJsonString(CanonicalRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Write(record, static (writer, record) =>
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
        return Write(fields, static (writer, fields) =>
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
        var hasVersion = body.TryGetProperty(SchemaVersionProperty, out var v);
        var version = hasVersion && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : SchemaVersions.V1;
        // Sized to the fields alone (besides the id and version), so the map takes the builder's arrays without a copy.
        var fields = new FieldMap.Builder(body.GetPropertyCount() - 1 - (hasVersion ? 1 : 0));
        foreach (var property in body.EnumerateObject())
        {
            var name = FieldNamePool.NameOf(property);
            if (name is not (IdProperty or SchemaVersionProperty))
            {
                fields.Set(name, CanonicalValue.FromJson(property.Value));
            }
        }

        return SchemaUpgrader.Upgrade(new CanonicalRecord(entityType, id, version, fields.Build()));
    }

    private static void WriteFields(Utf8JsonWriter writer, FieldMap fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            writer.WritePropertyName(fields.NameAt(i));
            fields.ValueAt(i).Json.WriteTo(writer);
        }
    }

    private static string Write<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        try
        {
            write(writer, state);
            writer.Flush();
            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        finally
        {
            if (buffer.Capacity > KeptBufferBytes)
            {
                t_buffer = null;
                t_writer = null;
            }
            else
            {
                writer.Reset();
                buffer.ResetWrittenCount();
            }
        }
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
