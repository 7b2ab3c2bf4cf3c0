using System.Text.Json;
using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Schema;

namespace SyncConsole.Sync;

/// <summary>
/// Reads the wire form of each choice: <c>"ours"</c>, <c>"theirs"</c> or <c>{"value": …}</c>. Which fields must be
/// chosen is Core's rule (<see cref="ConflictResolution.Resolve"/>).
/// </summary>
internal static class ConflictChoices
{
    public static Dictionary<string, ConflictChoice> Parse(Dictionary<string, JsonElement>? input, Dictionary<string, string[]> errors)
    {
        var choices = new Dictionary<string, ConflictChoice>(StringComparer.Ordinal);
        foreach (var (field, choice) in input ?? [])
        {
            if (choice.ValueKind == JsonValueKind.String && choice.GetString() is "ours")
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

        return choices;
    }
}
