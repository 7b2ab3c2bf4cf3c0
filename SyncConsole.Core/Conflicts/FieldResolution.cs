using SyncConsole.Core.Rules;

namespace SyncConsole.Core.Conflicts;

/// <summary>
/// A field both sides changed differently, settled automatically by a policy: the loser's value was deliberately
/// discarded, and this record of it goes into the per-record result so the choice is never silent.
/// </summary>
/// <param name="Field">Canonical field name (or <see cref="ConflictFields.Deleted"/>).</param>
/// <param name="Winner">The side whose value was kept.</param>
/// <param name="Policy">The policy that chose (a field override or master_if_conflict).</param>
public sealed record FieldResolution(string Field, MergeSide Winner, ConflictPolicy Policy);
