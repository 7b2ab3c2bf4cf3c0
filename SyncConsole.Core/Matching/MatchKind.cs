namespace SyncConsole.Core.Matching;

/// <summary>The outcome kind of first-sync matching.</summary>
public enum MatchKind
{
    /// <summary>No unlinked candidate: create the record on the other side.</summary>
    None = 1,

    /// <summary>Exactly one unlinked candidate: link it instead of creating a duplicate.</summary>
    Unique,

    /// <summary>Several unlinked candidates: raise a review item, never guess.</summary>
    Ambiguous,
}
