namespace SyncConsole.Core.Conflicts;

/// <summary>What a person has to decide.</summary>
public enum ConflictKind
{
    /// <summary>Both sides changed the same fields differently under a manual policy.</summary>
    FieldValues = 1,

    /// <summary>One side deleted (or inactivated) the record while the other edited it.</summary>
    DeleteVersusEdit,

    /// <summary>First-sync matching found several candidates; linking one would be a guess.</summary>
    AmbiguousMatch,
}
