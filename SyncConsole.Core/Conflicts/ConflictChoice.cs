using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Conflicts;

/// <summary>The choice for one conflicting field.</summary>
/// <param name="Kind">Ours, theirs or an explicit value.</param>
/// <param name="Value">The explicit value when <see cref="Kind"/> is <see cref="ChoiceKind.Value"/>; else null.</param>
public sealed record ConflictChoice(ChoiceKind Kind, CanonicalValue? Value)
{
    /// <summary>Keep ours.</summary>
    public static ConflictChoice Ours { get; } = new(ChoiceKind.Ours, null);

    /// <summary>Keep theirs.</summary>
    public static ConflictChoice Theirs { get; } = new(ChoiceKind.Theirs, null);

    /// <summary>Use <paramref name="value"/>.</summary>
    public static ConflictChoice Explicit(CanonicalValue value) => new(ChoiceKind.Value, value);
}
