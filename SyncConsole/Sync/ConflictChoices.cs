using System.Text.Json;
using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Schema;

namespace SyncConsole.Sync;

/// <summary>Reads a resolve request: every conflicting field chosen, as ours, theirs or {"value": …}; nothing else.</summary>
internal static class ConflictChoices
{
    public static Dictionary<string, ConflictChoice>? Parse(
        ConflictView conflict, Dictionary<string, JsonElement>? input, Dictionary<string, string[]> errors)
    {
        var choices = new Dictionary<string, ConflictChoice>(StringComparer.Ordinal);
        var fields = conflict.Fields.Select(f => f.Field).ToHashSet(StringComparer.Ordinal);
        foreach (var (field, choice) in input ?? [])
        {
            if (!fields.Contains(field))
            {
                errors[$"choices.{field}"] = [$"{field} is not a conflicting field of this conflict."];
            }
            else if (choice.ValueKind == JsonValueKind.String && choice.GetString() is "ours")
            {
                choices[field] = ConflictChoice.Ours;
            }
            else if (choice.ValueKind == JsonValueKind.String && choice.GetString() is "theirs")
            {
                choices[field] = ConflictChoice.Theirs;
            }
            else if (choice.ValueKind == JsonValueKind.Object && choice.TryGetProperty("value", out var value))
            {
                choices[field] = ConflictChoice.Explicit(CanonicalValue.FromJson(value));
            }
            else
            {
                errors[$"choices.{field}"] = ["A choice is \"ours\", \"theirs\" or {\"value\": ...}."];
            }
        }

        foreach (var missing in fields.Where(f => !(input?.ContainsKey(f) ?? false)))
        {
            errors[$"choices.{missing}"] = [$"Choose ours, theirs or a value for {missing}."];
        }

        return errors.Count == 0 ? choices : null;
    }
}
