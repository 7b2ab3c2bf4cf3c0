namespace SyncConsole.Core.Schema;

/// <summary>
/// An immutable, ordered map of canonical field name (snake_case) to <see cref="CanonicalValue"/>: the form in
/// which records are compared and merged field by field. A missing field reads as <see cref="CanonicalValue.Null"/>.
/// Equality ignores order and treats a missing field as null.
/// </summary>
public sealed class FieldMap : IEquatable<FieldMap>
{
    private readonly Dictionary<string, CanonicalValue> _values;

    private FieldMap(IReadOnlyList<string> names, Dictionary<string, CanonicalValue> values)
    {
        Names = names;
        _values = values;
    }

    /// <summary>A map with no fields.</summary>
    public static FieldMap Empty { get; } = new([], new(StringComparer.Ordinal));

    /// <summary>Field names in order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Fields in order.</summary>
    public IEnumerable<KeyValuePair<string, CanonicalValue>> Entries => Names.Select(n => KeyValuePair.Create(n, _values[n]));

    /// <summary>The value of a field, or <see cref="CanonicalValue.Null"/> when absent.</summary>
    public CanonicalValue this[string field] => _values.GetValueOrDefault(field) ?? CanonicalValue.Null;

    /// <summary>True when the map holds the field (even with a null value).</summary>
    public bool Contains(string field) => _values.ContainsKey(field);

    /// <summary>Builds a map from ordered entries; a repeated name keeps its first position and last value.</summary>
    public static FieldMap From(IEnumerable<KeyValuePair<string, CanonicalValue>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var names = new List<string>();
        var values = new Dictionary<string, CanonicalValue>(StringComparer.Ordinal);
        foreach (var (name, value) in entries)
        {
            if (!values.ContainsKey(name))
            {
                names.Add(name);
            }

            values[name] = value ?? CanonicalValue.Null;
        }

        return new(names, values);
    }

    /// <summary>A copy with one field set (appended when new).</summary>
    public FieldMap With(string field, CanonicalValue value) =>
        From(Entries.Append(KeyValuePair.Create(field, value)));

    /// <summary>A copy with several fields set.</summary>
    public FieldMap With(IEnumerable<KeyValuePair<string, CanonicalValue>> changes) => From(Entries.Concat(changes));

    /// <summary>Names of the fields whose values differ between this map and <paramref name="other"/>.</summary>
    public IReadOnlyList<string> DifferingFields(FieldMap other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Names.Union(other.Names, StringComparer.Ordinal).Where(n => !this[n].Equals(other[n])).ToList();
    }

    /// <inheritdoc/>
    public bool Equals(FieldMap? other) => other is not null && DifferingFields(other).Count == 0;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FieldMap);

    /// <inheritdoc/>
    // Missing and null are equal, so only the count of non-null values is a safe hash.
    public override int GetHashCode() => _values.Values.Count(v => !v.IsNull);

    /// <summary>A compact JSON-like rendering for diagnostics.</summary>
    public override string ToString() => "{" + string.Join(", ", Entries.Select(e => $"\"{e.Key}\": {e.Value}")) + "}";
}
