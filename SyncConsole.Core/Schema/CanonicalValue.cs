using System.Text.Json;

namespace SyncConsole.Core.Schema;

/// <summary>
/// One canonical field value: an immutable JSON value in the canonical wire form (snake_case objects, numbers,
/// <c>YYYY-MM-DD</c> dates). Equality is semantic JSON equality (<c>10.5</c> equals <c>10.50</c>; object property
/// order is irrelevant), which is what a three-way merge compares.
/// </summary>
public sealed class CanonicalValue : IEquatable<CanonicalValue>
{
    private CanonicalValue(JsonElement json) => Json = json;

    /// <summary>The JSON <c>null</c> value; also what an absent field reads as.</summary>
    public static CanonicalValue Null { get; } = new(JsonSerializer.SerializeToElement<object?>(null));

    /// <summary>The value as an immutable JSON element.</summary>
    public JsonElement Json { get; }

    /// <summary>True when the value is JSON <c>null</c>.</summary>
    public bool IsNull => Json.ValueKind == JsonValueKind.Null;

    /// <summary>Wraps a JSON element (cloned, so the value outlives its document).</summary>
    public static CanonicalValue FromJson(JsonElement json) =>
        json.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? Null : new(json.Clone());

    /// <summary>Serialises a CLR value with the canonical JSON options.</summary>
    public static CanonicalValue From<T>(T value) =>
        FromJson(JsonSerializer.SerializeToElement(value, CanonicalJson.Options));

    /// <summary>Deserialises the value into a CLR type with the canonical JSON options.</summary>
    public T? As<T>() => Json.Deserialize<T>(CanonicalJson.Options);

    /// <inheritdoc/>
    public bool Equals(CanonicalValue? other) => other is not null && JsonElement.DeepEquals(Json, other.Json);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CanonicalValue);

    /// <inheritdoc/>
    // Semantic equality ignores number formatting and property order, so only the kind is a safe hash.
    public override int GetHashCode() => Json.ValueKind.GetHashCode();

    /// <summary>The raw JSON text.</summary>
    public override string ToString() => Json.GetRawText();
}
