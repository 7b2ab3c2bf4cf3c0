using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Conflicts;

/// <summary>Validates a person's choices for a conflict and computes the values they select.</summary>
public static class ConflictResolution
{
    /// <summary>
    /// Checks the choices (API.md: every conflicting field must be chosen, nothing else) and returns the resolved
    /// conflict, or the errors keyed by <c>choices.&lt;field&gt;</c>. The next sync of the record applies it.
    /// </summary>
    public static (ConflictRecord? Resolved, IReadOnlyDictionary<string, IReadOnlyList<string>> Errors) Resolve(
        ConflictRecord conflict, IReadOnlyDictionary<string, ConflictChoice> choices, string resolvedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        ArgumentNullException.ThrowIfNull(choices);
        var errors = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (conflict.Status != ConflictStatus.Open)
        {
            errors["status"] = ["The conflict is already resolved."];
        }

        foreach (var field in conflict.Fields.Select(f => f.Field).Where(f => !choices.ContainsKey(f)))
        {
            errors[$"choices.{field}"] = ["A choice is required: \"ours\", \"theirs\" or {\"value\": ...}."];
        }

        foreach (var (field, choice) in choices)
        {
            if (conflict.Fields.All(f => !string.Equals(f.Field, field, StringComparison.Ordinal)))
            {
                errors[$"choices.{field}"] = ["This field is not in conflict."];
            }
            else if (choice.Kind == ChoiceKind.Value && choice.Value is null)
            {
                errors[$"choices.{field}"] = ["An explicit choice needs a value."];
            }
        }

        return errors.Count > 0
            ? (null, errors)
            : (conflict with { Status = ConflictStatus.Resolved, Choices = choices, ResolvedBy = resolvedBy, ResolvedAt = at }, errors);
    }

    /// <summary>The value chosen for one field, given the current values of both sides.</summary>
    public static CanonicalValue ChosenValue(ConflictChoice choice, CanonicalValue ours, CanonicalValue theirs)
    {
        ArgumentNullException.ThrowIfNull(choice);
        return choice.Kind switch
        {
            ChoiceKind.Ours => ours,
            ChoiceKind.Theirs => theirs,
            ChoiceKind.Value => choice.Value ?? CanonicalValue.Null,
        };
    }
}
