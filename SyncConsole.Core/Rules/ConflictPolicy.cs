namespace SyncConsole.Core.Rules;

/// <summary>
/// Who wins when both sides changed (wire: <c>external</c>, <c>our_system</c>, <c>manual</c>,
/// <c>last_writer_wins</c>). Used for <c>master_if_conflict</c> and for each <c>field_overrides</c> entry.
/// </summary>
public enum ConflictPolicy
{
    /// <summary>The provider's value wins.</summary>
    External = 1,

    /// <summary>Our value wins.</summary>
    OurSystem,

    /// <summary>A person decides: an open conflict with base/ours/theirs per field; nothing is written meanwhile.</summary>
    Manual,

    /// <summary>The side modified last wins; equal or unknown timestamps fall back to manual review.</summary>
    LastWriterWins,
}
