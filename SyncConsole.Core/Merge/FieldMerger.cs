using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Merge;

/// <summary>
/// Three-way merge of a record against the base snapshot of the last successful sync.
/// <para>
/// With <c>field_merge</c> on, each field is decided alone: unchanged on both sides or changed to the same value → kept;
/// changed on one side only → that side's value; changed on both sides to different values → the field's
/// <c>field_overrides</c> policy, else <c>master_if_conflict</c> (manual → an open conflict with base/ours/theirs;
/// last-writer-wins → the later modification time, a tie or a missing time → manual).
/// With <c>field_merge</c> off, the record is one unit: if only one side changed, it wins whole; if both changed, the
/// record-level policy picks a whole side (manual → every differing field is listed in the conflict).
/// </para>
/// <para>
/// Line items (<c>lines</c>, <c>applied_to</c>) merge as <b>one value</b>, not as a keyed list: lines have no
/// identity shared by both systems (provider line ids are per document and renumbered on edits), and line amounts
/// must keep adding up to <c>total</c>; merging line by line could produce an invoice neither side wrote. So any
/// change to the lines is a change of the whole list, and concurrent different line edits are one conflict. For the
/// same reason an invoice's or bill's <c>lines</c> and <c>total</c> merge together as one unit
/// (<see cref="EntitySchema.MergeUnits"/>): both come from the same side.
/// </para>
/// </summary>
public static class FieldMerger
{
    /// <summary>Merges <see cref="MergeInput.Ours"/> and <see cref="MergeInput.Theirs"/> against the base.</summary>
    public static MergeResult Merge(MergeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var baseFields = input.Base ?? FieldMap.Empty;
        var names = input.Ours.Names.Union(input.Theirs.Names, StringComparer.Ordinal)
            .Union(baseFields.Names, StringComparer.Ordinal).ToList();
        return input.Rule.FieldMerge
            ? MergeFields(input, baseFields, names)
            : MergeRecord(input, baseFields, names);
    }

    private static MergeResult MergeFields(MergeInput input, FieldMap baseFields, List<string> names)
    {
        var merged = new List<KeyValuePair<string, CanonicalValue>>();
        var conflicts = new List<FieldConflict>();
        var resolutions = new List<FieldResolution>();
        foreach (var unit in UnitsOf(input.Rule.EntityType, names))
        {
            bool Differs(FieldMap a, FieldMap b) => unit.Any(f => !a[f].Equals(b[f]));
            var oursChanged = input.Base is null || Differs(input.Ours, baseFields) || unit.Any(f => input.OursTouched?.Contains(f) == true);
            var theirsChanged = input.Base is null || Differs(input.Theirs, baseFields) || unit.Any(f => input.TheirsTouched?.Contains(f) == true);
            var side = (Differs(input.Ours, input.Theirs), oursChanged, theirsChanged) switch
            {
                (false, _, _) => MergeSide.Ours,
                (true, true, false) => MergeSide.Ours,
                (true, false, true) => MergeSide.Theirs,
                _ => Settle(input, unit, baseFields, conflicts, resolutions),
            };
            merged.AddRange(unit.Select(f => KeyValuePair.Create(f, side == MergeSide.Ours ? input.Ours[f] : input.Theirs[f])));
        }

        return new(FieldMap.From(names.Select(n => merged.First(m => m.Key == n))), conflicts, resolutions);
    }

    /// <summary>The schema's merge units that are present, plus any other field as a unit of its own.</summary>
    private static IEnumerable<IReadOnlyList<string>> UnitsOf(EntityType entityType, List<string> names)
    {
        var units = EntitySchema.For(entityType).MergeUnits.Where(u => u.All(names.Contains)).ToList();
        return units.Concat(names.Where(n => !units.Any(u => u.Contains(n))).Select(n => (IReadOnlyList<string>)[n]));
    }

    private static MergeResult MergeRecord(MergeInput input, FieldMap baseFields, List<string> names)
    {
        var differing = names.Where(n => !input.Ours[n].Equals(input.Theirs[n])).ToList();
        var oursChanged = input.Base is null || !input.Ours.Equals(baseFields) || input.OursTouched is { Count: > 0 };
        var theirsChanged = input.Base is null || !input.Theirs.Equals(baseFields) || input.TheirsTouched is { Count: > 0 };
        if (differing.Count == 0 || !theirsChanged)
        {
            return new(input.Ours, [], []);
        }

        if (!oursChanged)
        {
            return new(input.Theirs, [], []);
        }

        var winner = Winner(input, input.Rule.MasterIfConflict);
        if (winner is null)
        {
            var conflicts = differing.Select(n => new FieldConflict(n, baseFields[n], input.Ours[n], input.Theirs[n])).ToList();
            return new(input.Ours, conflicts, []);
        }

        // Only fields the losing side actually changed are a discarded change worth recording.
        var loser = winner == MergeSide.Ours ? input.Theirs : input.Ours;
        var resolutions = differing.Where(n => input.Base is null || !loser[n].Equals(baseFields[n]))
            .Select(n => new FieldResolution(n, winner.Value, input.Rule.MasterIfConflict)).ToList();
        return new(winner == MergeSide.Ours ? input.Ours : input.Theirs, [], resolutions);
    }

    /// <summary>
    /// Settles a unit both sides changed differently: the policy of its first field (field override, else master)
    /// picks a side and is recorded, or every differing field of the unit becomes an open conflict (ours kept meanwhile).
    /// </summary>
    private static MergeSide Settle(
        MergeInput input, IReadOnlyList<string> unit, FieldMap baseFields, List<FieldConflict> conflicts,
        List<FieldResolution> resolutions)
    {
        var differing = unit.Where(f => !input.Ours[f].Equals(input.Theirs[f])).ToList();
        var policy = input.Rule.PolicyFor(unit[0]);
        var winner = Winner(input, policy);
        if (winner is null)
        {
            conflicts.AddRange(differing.Select(f => new FieldConflict(f, baseFields[f], input.Ours[f], input.Theirs[f])));
            return MergeSide.Ours;
        }

        resolutions.AddRange(differing.Select(f => new FieldResolution(f, winner.Value, policy)));
        return winner.Value;
    }

    /// <summary>The side a policy picks, or null when a person must decide.</summary>
    private static MergeSide? Winner(MergeInput input, ConflictPolicy policy) => policy switch
    {
        ConflictPolicy.External => MergeSide.Theirs,
        ConflictPolicy.OurSystem => MergeSide.Ours,
        ConflictPolicy.Manual => null,
        ConflictPolicy.LastWriterWins => (input.OursModifiedAt, input.TheirsModifiedAt) switch
        {
            ({ } ours, { } theirs) when ours > theirs => MergeSide.Ours,
            ({ } ours, { } theirs) when theirs > ours => MergeSide.Theirs,
            _ => null,
        },
    };
}
