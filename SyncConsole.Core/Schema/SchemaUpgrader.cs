using System.Text.Json.Nodes;

namespace SyncConsole.Core.Schema;

/// <summary>Upgrades canonical records from older schema versions to <see cref="SchemaVersions.Current"/>.</summary>
public static class SchemaUpgrader
{
    /// <summary>
    /// Returns the record in the current schema version. Upgrades are additive: v1 → v2 adds
    /// <c>class_id: null</c> to every invoice line, so a v1 record reads, merges against v2 records and
    /// round-trips without losing a value.
    /// </summary>
    /// <exception cref="NotSupportedException">The version is unknown (older than v1 or newer than current).</exception>
    public static CanonicalRecord Upgrade(CanonicalRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.SchemaVersion is < SchemaVersions.V1 or > SchemaVersions.Current)
        {
            throw new NotSupportedException(
                $"Schema version {record.SchemaVersion} is not supported (supported: {SchemaVersions.V1}..{SchemaVersions.Current}).");
        }

        var upgraded = record;
        if (upgraded.SchemaVersion == SchemaVersions.V1)
        {
            upgraded = V1ToV2(upgraded);
        }

        return upgraded;
    }

    private static CanonicalRecord V1ToV2(CanonicalRecord record)
    {
        var fields = record.Fields;
        if (record.EntityType == EntityType.Invoice && fields["lines"].Json.ValueKind == System.Text.Json.JsonValueKind.Array)
        {
            var lines = JsonNode.Parse(fields["lines"].ToString())!.AsArray();
            foreach (var line in lines.OfType<JsonObject>().Where(l => !l.ContainsKey("class_id")))
            {
                line["class_id"] = null;
            }

            fields = fields.With("lines", CanonicalValue.From(lines));
        }

        return record with { SchemaVersion = SchemaVersions.V2, Fields = fields };
    }
}
