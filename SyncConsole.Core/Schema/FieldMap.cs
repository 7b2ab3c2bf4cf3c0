namespace SyncConsole.Core.Schema;

/// <summary>
/// An immutable, ordered map of canonical field name (snake_case) to <see cref="CanonicalValue"/>: the form in
/// which records are compared and merged field by field. A missing field reads as <see cref="CanonicalValue.Null"/>.
/// Equality ignores order and treats a missing field as null.
/// </summary>
/// <remarks>
/// A record has a few dozen fields at most, so the map is two parallel arrays searched in order: one map is built per
/// record read or written on a sync's hot path, and a hash table per record cost more (its buckets, entries and
/// growth) than it ever saved on lookups.
/// </remarks>
public sealed class FieldMap : IEquatable<FieldMap>
{
    private readonly string[] _names;
    private readonly CanonicalValue[] _values;

    private FieldMap(string[] names, CanonicalValue[] values)
    {
        _names = names;
        _values = values;
    }

    /// <summary>A map with no fields.</summary>
    public static FieldMap Empty { get; } = new([], []);

    /// <summary>Field names in order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>The number of fields.</summary>
    public int Count => _names.Length;

    /// <summary>Fields in order.</summary>
    public IEnumerable<KeyValuePair<string, CanonicalValue>> Entries
    {
        get
        {
            for (var i = 0; i < _names.Length; i++)
            {
                yield return KeyValuePair.Create(_names[i], _values[i]);
            }
        }
    }

    /// <summary>The value of a field, or <see cref="CanonicalValue.Null"/> when absent.</summary>
    public CanonicalValue this[string field] => IndexOf(field) is var i and >= 0 ? _values[i] : CanonicalValue.Null;

    /// <summary>The name of the field at <paramref name="index"/> (in order).</summary>
    public string NameAt(int index) => _names[index];

    /// <summary>The value of the field at <paramref name="index"/> (in order).</summary>
    public CanonicalValue ValueAt(int index) => _values[index];

    /// <summary>True when the map holds the field (even with a null value).</summary>
    public bool Contains(string field) => IndexOf(field) >= 0;

    /// <summary>Builds a map from ordered entries; a repeated name keeps its first position and last value.</summary>
    public static FieldMap From(IEnumerable<KeyValuePair<string, CanonicalValue>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var builder = new Builder(entries.TryGetNonEnumeratedCount(out var count) ? count : 16);
        foreach (var (name, value) in entries)
        {
            builder.Set(name, value);
        }

        return builder.Build();
    }

    /// <summary>A copy with one field set (appended when new).</summary>
    public FieldMap With(string field, CanonicalValue value)
    {
        var builder = Copy(extra: 1);
        builder.Set(field, value);
        return builder.Build();
    }

    /// <summary>A copy with several fields set.</summary>
    public FieldMap With(IEnumerable<KeyValuePair<string, CanonicalValue>> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var builder = Copy(changes.TryGetNonEnumeratedCount(out var count) ? count : 4);
        foreach (var (name, value) in changes)
        {
            builder.Set(name, value);
        }

        return builder.Build();
    }

    /// <summary>Names of the fields whose values differ between this map and <paramref name="other"/>.</summary>
    public IReadOnlyList<string> DifferingFields(FieldMap other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var differing = new List<string>();
        for (var i = 0; i < _names.Length; i++)
        {
            if (!_values[i].Equals(other[_names[i]]))
            {
                differing.Add(_names[i]);
            }
        }

        for (var i = 0; i < other._names.Length; i++)
        {
            if (IndexOf(other._names[i]) < 0 && !other._values[i].IsNull)
            {
                differing.Add(other._names[i]);
            }
        }

        return differing;
    }

    /// <inheritdoc/>
    public bool Equals(FieldMap? other) => other is not null && DifferingFields(other).Count == 0;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FieldMap);

    /// <inheritdoc/>
    // Missing and null are equal, so only the count of non-null values is a safe hash.
    public override int GetHashCode() => _values.Count(v => !v.IsNull);

    /// <summary>A compact JSON-like rendering for diagnostics.</summary>
    public override string ToString() => "{" + string.Join(", ", Entries.Select(e => $"\"{e.Key}\": {e.Value}")) + "}";

    private int IndexOf(string field)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (string.Equals(_names[i], field, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private Builder Copy(int extra)
    {
        var builder = new Builder(_names.Length + extra);
        for (var i = 0; i < _names.Length; i++)
        {
            builder.Set(_names[i], _values[i]);
        }

        return builder;
    }

    /// <summary>Collects fields in order (a repeated name keeps its first position and last value) into a map.</summary>
    internal struct Builder(int capacity)
    {
        private string[] _names = new string[Math.Max(capacity, 1)];
        private CanonicalValue[] _values = new CanonicalValue[Math.Max(capacity, 1)];
        private int _count;

        public void Set(string name, CanonicalValue? value)
        {
            ArgumentNullException.ThrowIfNull(name);
            value ??= CanonicalValue.Null;
            var existing = Array.IndexOf(_names, name, 0, _count);
            if (existing >= 0)
            {
                _values[existing] = value;
                return;
            }

            if (_count == _names.Length)
            {
                Array.Resize(ref _names, _count * 2);
                Array.Resize(ref _values, _count * 2);
            }

            _names[_count] = name;
            _values[_count] = value;
            _count++;
        }

        public readonly FieldMap Build()
        {
            if (_count == 0)
            {
                return Empty;
            }

            if (_count == _names.Length)
            {
                return new(_names, _values);
            }

            return new(_names[.._count], _values[.._count]);
        }
    }
}
