namespace SyncConsole.Core.Rules;

/// <summary>
/// The outcome of validating a rule set: either every rule parsed, or every problem found, keyed by field path
/// (<c>sync_rules[2].direction</c>) as in RFC 9457 <c>errors</c>.
/// </summary>
/// <param name="Rules">The parsed rules; empty when invalid.</param>
/// <param name="Errors">Field path → messages; empty when valid.</param>
public sealed record RuleValidationResult(
    IReadOnlyList<SyncRule> Rules,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Errors)
{
    /// <summary>True when no problem was found.</summary>
    public bool IsValid => Errors.Count == 0;
}
