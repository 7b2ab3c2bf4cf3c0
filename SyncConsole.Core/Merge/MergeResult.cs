using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Merge;

/// <summary>The outcome of a three-way merge.</summary>
/// <param name="Merged">The merged fields; meaningful only when <see cref="Conflicts"/> is empty.</param>
/// <param name="Conflicts">Fields left for a person (manual policy); when any, nothing may be written.</param>
/// <param name="Resolutions">Fields both sides changed differently that a policy settled (recorded in results).</param>
public sealed record MergeResult(
    FieldMap Merged,
    IReadOnlyList<FieldConflict> Conflicts,
    IReadOnlyList<FieldResolution> Resolutions)
{
    /// <summary>True when a person must decide before anything is written.</summary>
    public bool HasConflicts => Conflicts.Count > 0;
}
