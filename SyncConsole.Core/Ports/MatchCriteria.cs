using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Ports;

/// <summary>
/// A lookup for first-sync matching: records whose canonical fields equal every given value. Strings compare
/// ordinally ignoring case and surrounding whitespace; other values compare as canonical values. Reference fields
/// carry ids of the side being searched (provider ids when searching the provider).
/// </summary>
/// <param name="EntityType">The entity type searched.</param>
/// <param name="Values">Canonical field name → required value; never empty.</param>
public sealed record MatchCriteria(EntityType EntityType, IReadOnlyList<KeyValuePair<string, CanonicalValue>> Values)
{
    /// <summary>True when <paramref name="fields"/> satisfies every value of the criteria.</summary>
    public bool IsSatisfiedBy(FieldMap fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return Values.All(v => AreEquivalent(fields[v.Key], v.Value));
    }

    /// <summary>The criteria as <c>field=value</c> pairs, for messages.</summary>
    public override string ToString() => string.Join(", ", Values.Select(v => $"{v.Key}={v.Value}"));

    private static bool AreEquivalent(CanonicalValue actual, CanonicalValue wanted) =>
        actual.Json.ValueKind == System.Text.Json.JsonValueKind.String && wanted.Json.ValueKind == System.Text.Json.JsonValueKind.String
            ? string.Equals(actual.Json.GetString()!.Trim(), wanted.Json.GetString()!.Trim(), StringComparison.OrdinalIgnoreCase)
            : actual.Equals(wanted);
}
