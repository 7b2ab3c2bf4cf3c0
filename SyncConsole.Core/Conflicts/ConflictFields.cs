namespace SyncConsole.Core.Conflicts;

/// <summary>Pseudo-fields used by conflicts that are not about one canonical field.</summary>
public static class ConflictFields
{
    /// <summary>
    /// A delete against a concurrent edit: base false, the deleting side true, the editing side false. Choosing the
    /// deleting side removes the record on both sides; choosing the editing side restores it on the deleting side.
    /// </summary>
    public const string Deleted = "deleted";

    /// <summary>
    /// An ambiguous first-sync match: ours is our record id, theirs the array of candidate ids. Resolve with
    /// <c>{"value": "&lt;candidate id&gt;"}</c> to link, or <c>"ours"</c> to create a new record instead.
    /// </summary>
    public const string Match = "match";
}
