using System.Text.Json;
using System.Text.Json.Nodes;
using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Orchestration;

/// <summary>Rewrites the reference fields of a record (<see cref="EntitySchema.References"/>) from one side's ids to the other's.</summary>
internal static class ReferenceTranslator
{
    /// <summary>
    /// Translates every non-null reference with <paramref name="lookup"/>. A reference the lookup cannot translate is
    /// left as it was and reported in the second item, so the caller decides to wait, sync the dependency, or plan.
    /// </summary>
    public static async Task<(FieldMap Fields, IReadOnlyList<(ReferencePath Path, string Id)> Missing)> TranslateAsync(
        EntityType entityType,
        FieldMap fields,
        Func<EntityType, string, CancellationToken, Task<string?>> lookup,
        CancellationToken cancellationToken)
    {
        var missing = new List<(ReferencePath, string)>();
        var result = fields;
        foreach (var path in EntitySchema.For(entityType).References)
        {
            var value = result[path.Field];
            if (path.ElementProperty is null && value.Json.ValueKind == JsonValueKind.String)
            {
                var id = value.Json.GetString()!;
                var translated = await lookup(path.Target, id, cancellationToken);
                result = result.With(path.Field, translated is null ? value : CanonicalValue.From(translated));
                if (translated is null)
                {
                    missing.Add((path, id));
                }
            }
            else if (path.ElementProperty is { } property && value.Json.ValueKind == JsonValueKind.Array)
            {
                var list = JsonNode.Parse(value.ToString())!.AsArray();
                foreach (var element in list.OfType<JsonObject>())
                {
                    if (element[property] is JsonValue node && node.TryGetValue<string>(out var id))
                    {
                        var translated = await lookup(path.Target, id, cancellationToken);
                        element[property] = translated ?? id;
                        if (translated is null)
                        {
                            missing.Add((path, id));
                        }
                    }
                }

                result = result.With(path.Field, CanonicalValue.From(list));
            }
        }

        return (result, missing);
    }
}
