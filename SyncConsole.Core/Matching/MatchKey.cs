namespace SyncConsole.Core.Matching;

/// <summary>
/// One matching key: canonical fields that must all be equal (strings ignoring case and surrounding whitespace). A
/// record with a null or empty value in any of them cannot be matched by this key.
/// </summary>
/// <param name="Fields">The canonical field names.</param>
public sealed record MatchKey(IReadOnlyList<string> Fields)
{
    /// <summary>A key of the given fields.</summary>
    public static MatchKey Of(params string[] fields) => new(fields);

    /// <summary>The fields joined with <c>+</c>.</summary>
    public override string ToString() => string.Join("+", Fields);
}
