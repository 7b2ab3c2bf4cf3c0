using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;
using SyncConsole.Tests.Core.Builders;

namespace SyncConsole.Tests.Core.Fakes;

/// <summary>
/// Plays a generated history against both sides and reports every violated guarantee: convergence once edits stop,
/// no edit lost without a recorded policy choice, conflicts exactly where both sides changed a field differently,
/// direction and enablement respected.
/// </summary>
internal sealed partial class HistoryRunner
{
    private const int Slots = 3;
    private static readonly bool[] Sides = [true, false];
    private readonly SyncHistory _history;
    private readonly SyncHarness _harness;
    private readonly string[] _fields;
    private readonly string?[] _ourIds = new string?[Slots];
    private readonly string?[] _theirIds = new string?[Slots];
    private readonly Dictionary<(int Slot, string Field), (HashSet<string> Values, int Time)> _lastEdit = [];
    private readonly List<(int Slot, string Field, string Value, int Time)> _rawEdits = [];
    private readonly Dictionary<(int Slot, bool Ours, string Field), int> _editTime = [];
    private readonly Dictionary<(int Slot, bool Ours), FieldMap?> _afterSync = [];
    private readonly Dictionary<(int Slot, bool Ours), int> _deleteTime = [];
    private int _snapshotTime;
    private bool _crashedSinceSnapshot;
    private readonly string?[] _stateIds = new string?[Slots];
    private int _clock;
    private readonly HashSet<int> _deleted = [];
    private readonly Dictionary<int, bool> _deleteAgainstEdit = [];
    private readonly Dictionary<int, FieldMap> _agreed = [];
    private readonly List<string> _violations = [];
    private readonly bool _checkExactness;

    private HistoryRunner(SyncHistory history, SyncMarker? marker, bool checkExactness)
    {
        _history = history;
        _checkExactness = checkExactness;
        _harness = new SyncHarness(marker);
        _fields = SyncHistory.EditableFields[history.EntityType];
        var rule = new SyncRuleBuilder(history.EntityType).WithDirection(history.Direction).WithMaster(history.Policy);
        rule = history.FieldMerge ? rule : rule.WithoutFieldMerge();
        _harness.WithRule(history.Enabled ? rule.Build() : rule.Disabled().Build());
    }

    private RecordingProgressSink Progress => _harness.Progress;

    /// <summary>Plays the history; returns the violations (empty when every guarantee held).</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(SyncHistory history, SyncMarker? marker = null, bool checkExactness = false)
    {
        var runner = new HistoryRunner(history, marker, checkExactness);
        await runner.PlayAsync();
        return runner._violations;
    }

    private async Task PlayAsync()
    {
        for (var slot = 0; slot < Slots; slot++)
        {
            var fields = InitialFields(slot);
            if (_history.StartsOnOurSide[slot])
            {
                _ourIds[slot] = _harness.Ours.Add(_history.EntityType, fields);
            }
            else
            {
                _theirIds[slot] = _harness.Theirs.Add(_history.EntityType, fields);
            }
        }

        SnapshotAfterSync();
        foreach (var step in _history.Steps)
        {
            await PlayAsync(step);
        }

        await QuiesceAsync();
        CheckDirectionAndEnablement();
    }

    private async Task PlayAsync(HistoryStep step)
    {
        switch (step.Kind)
        {
            case HistoryStepKind.EditOurs:
                EditOurs(step.Slot, _fields[step.Field], $"s{step.Slot}v{step.Value}");
                break;
            case HistoryStepKind.EditTheirs:
                EditTheirs(step.Slot, _fields[step.Field], $"s{step.Slot}v{step.Value}");
                break;
            case HistoryStepKind.DeleteOurs when OurRecord(step.Slot) is { IsDeleted: false } ours && !IsRemoved(step.Slot):
                _harness.Ours.Delete(_history.EntityType, ours.Id);
                Deleted(step.Slot, ours: true);
                break;
            case HistoryStepKind.DeleteTheirs when TheirId(step.Slot) is { } id && TheirFields(step.Slot) is not null && !IsRemoved(step.Slot):
                _harness.Theirs.Remove(_history.EntityType, id);
                Deleted(step.Slot, ours: false);
                break;
            case HistoryStepKind.DeleteOurs or HistoryStepKind.DeleteTheirs:
                break;
            case HistoryStepKind.Sync:
                await SyncCheckingConflictsAsync();
                break;
            case HistoryStepKind.CrashingSync:
                _crashedSinceSnapshot = true;
                _harness.Crash.Arm(step.CrashStep);
                await _harness.SyncAsync();
                _harness.Crash.Disarm();
                break;
            case HistoryStepKind.Resolve:
                await ResolveOpenAsync(step.Value % 2 == 0 ? ConflictChoice.Theirs : ConflictChoice.Ours);
                break;
        }
    }

    private FieldMap InitialFields(int slot) => _history.EntityType == EntityType.Customer
        ? new CustomerBuilder().WithDisplayName($"Slot {slot}").WithEmail($"slot{slot}@x.test").BuildFields()
        : new InvoiceBuilder().WithDocNumber($"INV-{slot}").BuildFields();

    private void EditOurs(int slot, string field, string value)
    {
        if (OurRecord(slot) is { IsDeleted: false } ours && !IsRemoved(slot) && !ours.Record!.Fields[field].Equals(CanonicalValue.From(value)))
        {
            _harness.Ours.Edit(_history.EntityType, ours.Id, f => f.Set(field, value));
            Edited(slot, field, value, ours: true);
        }
    }

    private void EditTheirs(int slot, string field, string value)
    {
        if (TheirId(slot) is { } id && TheirFields(slot) is { } theirs && !IsRemoved(slot)
            && !theirs[field].Equals(CanonicalValue.From(value)))
        {
            _harness.Theirs.Edit(_history.EntityType, id, f => f.Set(field, value));
            Edited(slot, field, value, ours: false);
        }
    }

    private void Edited(int slot, string field, string value, bool ours)
    {
        _editTime[(slot, ours, field)] = ++_clock;
        _rawEdits.Add((slot, field, value, _clock));
    }

    private void Deleted(int slot, bool ours)
    {
        _deleted.Add(slot);
        _deleteTime[(slot, ours)] = ++_clock;
    }

    private async Task ResolveOpenAsync(ConflictChoice choice)
    {
        foreach (var conflict in _harness.Conflicts.Open.ToList())
        {
            var choices = conflict.Fields.ToDictionary(f => f.Field, _ => choice);
            var (resolved, _) = ConflictResolution.Resolve(conflict, choices, "finance", _harness.Clock.GetUtcNow());
            await _harness.Conflicts.SaveAsync(resolved!, CancellationToken.None);
        }
    }

    /// <summary>
    /// Before a sync, each side's net changes since the last completed sync become that field's latest edit (the later
    /// side wins when both changed it), and a deletion on one side against a net change on the other is noted (its
    /// editor side, true for ours), until the editing side deletes the record itself. Only changes a user made count
    /// (a sync's own writes do not), and an edit undone before a sync saw it (A→B→A) is invisible to every state-based
    /// sync, so it does not count either. A crashed sync may or may not have seen anything, so it takes no snapshot.
    /// </summary>
    private void CaptureNetEdits()
    {
        for (var slot = 0; slot < Slots; slot++)
        {
            var changed = new Dictionary<bool, bool>();
            var deleted = new Dictionary<bool, bool>();
            foreach (var ours in Sides)
            {
                // A record a sync created on this side since is compared with where it came from.
                var before = _afterSync.GetValueOrDefault((slot, ours)) ?? _afterSync.GetValueOrDefault((slot, !ours));
                var now = SideFields(slot, ours);
                deleted[ours] = _afterSync.GetValueOrDefault((slot, ours)) is not null && now is null
                    && _deleteTime.GetValueOrDefault((slot, ours)) > _snapshotTime;
                var edited = before is null || now is null
                    ? []
                    : _fields.Where(f => !now[f].Equals(before[f]) && _editTime.GetValueOrDefault((slot, ours, f)) > _snapshotTime).ToList();
                changed[ours] = edited.Count > 0;
                foreach (var field in edited)
                {
                    var time = _editTime[(slot, ours, field)];
                    if (!_lastEdit.TryGetValue((slot, field), out var last) || last.Time < time)
                    {
                        _lastEdit[(slot, field)] = ([now![field].As<string>()!], time);
                    }
                }
            }

            // A crashed sync may have synced some of the edits since the snapshot, which hides later ones from the net
            // view: any value a user set on the field since then is acceptable.
            foreach (var edit in _rawEdits.Where(e => _crashedSinceSnapshot && e.Slot == slot && e.Time > _snapshotTime))
            {
                var last = _lastEdit.GetValueOrDefault((slot, edit.Field), ([], 0));
                _lastEdit[(slot, edit.Field)] = ([.. last.Values, edit.Value], Math.Max(last.Time, edit.Time));
            }

            if (_deleteAgainstEdit.TryGetValue(slot, out var editorIsOurs) && deleted[editorIsOurs])
            {
                _deleteAgainstEdit.Remove(slot);
            }

            // After a crashed sync it is unknown whether the edit was synced before the deletion: no claim either way.
            foreach (var ours in Sides.Where(side => deleted[side] && changed[!side] && !_crashedSinceSnapshot))
            {
                _deleteAgainstEdit[slot] = !ours;
            }
        }
    }

    private void SnapshotAfterSync()
    {
        _snapshotTime = _clock;
        _crashedSinceSnapshot = false;
        for (var slot = 0; slot < Slots; slot++)
        {
            _afterSync[(slot, true)] = SideFields(slot, true);
            _afterSync[(slot, false)] = SideFields(slot, false);
        }
    }

    private FieldMap? SideFields(int slot, bool ours) =>
        ours ? OurRecord(slot) is { IsDeleted: false, Record: { } record } ? record.Fields : null : TheirFields(slot);

    private string? OurId(int slot) => StateOf(slot)?.InternalId ?? _ourIds[slot];

    private string? TheirId(int slot) => StateOf(slot)?.ExternalId ?? _theirIds[slot];

    private InternalRecord? OurRecord(int slot) => OurId(slot) is { } id ? _harness.Ours.Current(_history.EntityType, id) : null;

    private FieldMap? TheirFields(int slot) => TheirId(slot) is { } id ? _harness.Theirs.FieldsOf(_history.EntityType, id) : null;

    private SyncState? StateOf(int slot)
    {
        // A restored record gets a new provider id, so once known the state is followed by its own id.
        var state = _harness.States.States.FirstOrDefault(s => s.StateId == _stateIds[slot])
            ?? _harness.States.States.FirstOrDefault(s => s.EntityType == _history.EntityType
                && ((_ourIds[slot] is { } ours && s.InternalId == ours) || (_theirIds[slot] is { } theirs && s.ExternalId == theirs)));
        _stateIds[slot] = state?.StateId ?? _stateIds[slot];
        return state;
    }

    private bool IsRemoved(int slot) => StateOf(slot)?.Removed == true;
}
