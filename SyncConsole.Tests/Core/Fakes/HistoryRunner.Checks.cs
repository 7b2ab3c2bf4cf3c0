using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;

namespace SyncConsole.Tests.Core.Fakes;

/// <summary>The guarantees checked by <see cref="HistoryRunner"/>.</summary>
internal sealed partial class HistoryRunner
{
    private bool Bidirectional => _history.Enabled && _history.Direction == SyncDirection.Bidirectional;

    /// <summary>
    /// A sync, and (when asked) the conflict oracle around it: for every record agreed at an earlier sync and not under
    /// review, a conflict appears exactly for the fields both sides changed to different values since.
    /// </summary>
    private async Task SyncCheckingConflictsAsync()
    {
        var expected = new Dictionary<int, string[]>();
        for (var slot = 0; slot < Slots && _checkExactness; slot++)
        {
            if (_agreed.TryGetValue(slot, out var agreed) && StateOf(slot) is { } state
                && await _harness.Conflicts.FindActiveAsync(SyncHarness.ConnectionId, state.StateId, CancellationToken.None) is null)
            {
                expected[slot] = ExpectedConflicts(agreed, OurRecord(slot)!.Record!.Fields, TheirFields(slot)!);
            }
        }

        CaptureNetEdits();
        await _harness.SyncAsync();
        SnapshotAfterSync();
        foreach (var (slot, fields) in expected)
        {
            var actual = _harness.Conflicts.Open.Where(c => c.StateId == StateOf(slot)!.StateId)
                .SelectMany(c => c.Fields.Select(f => f.Field)).Order(StringComparer.Ordinal).ToArray();
            if (!actual.SequenceEqual(fields))
            {
                _violations.Add($"slot {slot}: conflict on [{string.Join(",", actual)}], expected [{string.Join(",", fields)}]");
            }
        }

        for (var slot = 0; slot < Slots && _checkExactness; slot++)
        {
            if (OurRecord(slot)?.Record?.Fields is { } ours && TheirFields(slot) is { } theirs && ours.Equals(theirs))
            {
                _agreed[slot] = ours;
            }
        }
    }

    private string[] ExpectedConflicts(FieldMap agreed, FieldMap ours, FieldMap theirs)
    {
        // Record level: a side changed if it differs from the agreed values in a field the sides still disagree on (a
        // change both made identically is agreed, not a conflict).
        var differing = ours.DifferingFields(theirs);
        var expected = _history.FieldMerge
            ? differing.Where(f => !ours[f].Equals(agreed[f]) && !theirs[f].Equals(agreed[f]))
            : differing.Any(f => !ours[f].Equals(agreed[f])) && differing.Any(f => !theirs[f].Equals(agreed[f])) ? differing : [];
        return expected.Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Edits stop: one more sync (plus, under manual review, rounds of resolving) must converge.</summary>
    private async Task QuiesceAsync()
    {
        CaptureNetEdits();
        var outcome = await _harness.SyncAsync();
        for (var round = 0; round < 3 && _harness.Conflicts.Open.Any(); round++)
        {
            await ResolveOpenAsync(ConflictChoice.Theirs);
            outcome = await _harness.SyncAsync();
        }

        if (outcome.Status != JobStatus.Succeeded)
        {
            _violations.Add($"final sync ended {outcome.Status}: {outcome.Error}");
        }

        if (_history.Policy != ConflictPolicy.Manual && _harness.Conflicts.All.Count > 0)
        {
            _violations.Add($"conflict raised under {_history.Policy.ToWireName()}");
        }

        for (var slot = 0; slot < Slots && Bidirectional; slot++)
        {
            CheckConverged(slot);
        }
    }

    private void CheckConverged(int slot)
    {
        var state = StateOf(slot);
        var ours = OurRecord(slot);
        var theirs = TheirFields(slot);
        if (state is null || state.Removed || state.InternalId is null || state.ExternalId is null)
        {
            var oursGone = ours is null || ours.IsDeleted || ours.Record!.Fields["active"].Equals(CanonicalValue.From(false));
            var theirsGone = theirs is null || theirs["active"].Equals(CanonicalValue.From(false));
            if (!_deleted.Contains(slot) || !oursGone || !theirsGone)
            {
                _violations.Add($"slot {slot}: removed={state?.Removed} without a delete on both sides (ours {ours?.Record?.Fields}, theirs {theirs})");
            }
            else if (_deleteAgainstEdit.ContainsKey(slot) && !HasEvidence(slot, ConflictFields.Deleted))
            {
                _violations.Add($"slot {slot}: deleted over a concurrent edit without a recorded choice");
            }

            return;
        }

        if (ours?.Record?.Fields is not { } oursFields || theirs is null || !oursFields.Equals(theirs))
        {
            _violations.Add($"slot {slot}: not converged: ours {ours?.Record?.Fields}, theirs {theirs}");
            return;
        }

        foreach (var ((editedSlot, field), (values, _)) in _lastEdit.Where(e => e.Key.Slot == slot))
        {
            if (!values.Any(v => oursFields[field].Equals(CanonicalValue.From(v))) && !HasEvidence(editedSlot, field))
            {
                _violations.Add($"slot {slot}: edit {field}={string.Join("|", values)} lost silently (now {oursFields[field]})");
            }
        }
    }

    /// <summary>True when a policy or a person visibly chose a side for the field (or the deletion) of the record.</summary>
    private bool HasEvidence(int slot, string field)
    {
        var state = StateOf(slot);
        var ids = new[] { _ourIds[slot], _theirIds[slot], state?.InternalId, state?.ExternalId }.OfType<string>().ToHashSet();
        return Progress.Results.Any(r => (ids.Contains(r.RecordId ?? "") || ids.Contains(r.ExternalId ?? ""))
                && r.Resolutions.Any(x => x.Field == field || x.Field == ConflictFields.Deleted))
            || _harness.Conflicts.All.Any(c => c.StateId == state?.StateId
                && c.Fields.Any(f => f.Field == field || f.Field == ConflictFields.Deleted));
    }

    private void CheckDirectionAndEnablement()
    {
        var entityType = _history.EntityType;
        var theirWrites = _harness.Theirs.Writes.Count(w => w.EntityType == entityType);
        var ourWrites = _harness.Ours.SyncWrites.Count(w => w.EntityType == entityType);
        if (!_history.Enabled)
        {
            if (_harness.Theirs.Reads.Contains(entityType) || _harness.Ours.Reads.Contains(entityType) || theirWrites + ourWrites > 0)
            {
                _violations.Add("a disabled entity was read or written");
            }

            return;
        }

        if (_history.Direction == SyncDirection.Inbound && theirWrites > 0)
        {
            _violations.Add($"inbound rule wrote the provider {theirWrites} time(s)");
        }

        if (_history.Direction == SyncDirection.Outbound && ourWrites > 0)
        {
            _violations.Add($"outbound rule wrote our side {ourWrites} time(s)");
        }
    }
}
