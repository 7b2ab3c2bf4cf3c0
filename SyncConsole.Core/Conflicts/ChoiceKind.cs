namespace SyncConsole.Core.Conflicts;

/// <summary>How one conflicting field is resolved (wire: <c>"ours"</c>, <c>"theirs"</c>, <c>{"value": …}</c>).</summary>
public enum ChoiceKind
{
    /// <summary>Keep our current value.</summary>
    Ours = 1,

    /// <summary>Keep the provider's current value.</summary>
    Theirs,

    /// <summary>Use an explicit value.</summary>
    Value,
}
