using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Merge;

/// <summary>The three versions of a record and the rule that settles their differences.</summary>
/// <param name="Base">The fields at the last successful sync; null when the records were just linked (no common ancestor).</param>
/// <param name="Ours">Our current fields.</param>
/// <param name="Theirs">The provider's current fields (references translated to our ids).</param>
/// <param name="Rule">The entity's sync rule.</param>
/// <param name="OursModifiedAt">When our record was last written (last-writer-wins).</param>
/// <param name="TheirsModifiedAt">When the provider record was last written (last-writer-wins).</param>
/// <param name="OursTouched">Fields our side changed since last seen even if now equal to base (counted as changed).</param>
/// <param name="TheirsTouched">Fields the provider changed since last seen even if now equal to base.</param>
public sealed record MergeInput(
    FieldMap? Base,
    FieldMap Ours,
    FieldMap Theirs,
    SyncRule Rule,
    DateTimeOffset? OursModifiedAt,
    DateTimeOffset? TheirsModifiedAt,
    IReadOnlyCollection<string>? OursTouched = null,
    IReadOnlyCollection<string>? TheirsTouched = null);
