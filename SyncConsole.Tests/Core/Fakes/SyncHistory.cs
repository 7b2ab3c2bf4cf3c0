using FsCheck;
using FsCheck.Fluent;
using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;

namespace SyncConsole.Tests.Core.Fakes;

/// <summary>
/// A generated history: the entity synced, the rule, which side each record starts on, and the steps. Records are
/// customers (name list: inactivated) or invoices (transactions: deleted).
/// </summary>
internal sealed record SyncHistory(
    EntityType EntityType,
    bool Enabled,
    SyncDirection Direction,
    ConflictPolicy Policy,
    bool FieldMerge,
    IReadOnlyList<bool> StartsOnOurSide,
    IReadOnlyList<HistoryStep> Steps)
{
    public static readonly IReadOnlyDictionary<EntityType, string[]> EditableFields = new Dictionary<EntityType, string[]>
    {
        [EntityType.Customer] = ["email", "phone", "notes"],
        [EntityType.Invoice] = ["memo", "doc_number", "currency"],
    };

    public override string ToString() =>
        $"{EntityType.ToWireName()} enabled={Enabled} {Direction.ToWireName()} {Policy.ToWireName()} merge={FieldMerge} "
        + $"starts=[{string.Join(",", StartsOnOurSide.Select(o => o ? "ours" : "theirs"))}] "
        + string.Join(" ", Steps);

    /// <summary>Histories with every kind of step.</summary>
    public static Arbitrary<SyncHistory> Any(
        Gen<SyncDirection> directions, Gen<ConflictPolicy> policies, bool deletes = true, bool crashes = true,
        bool mayDisable = false)
    {
        HistoryStepKind[] kinds =
        [
            HistoryStepKind.EditOurs, HistoryStepKind.EditOurs, HistoryStepKind.EditOurs,
            HistoryStepKind.EditTheirs, HistoryStepKind.EditTheirs, HistoryStepKind.EditTheirs,
            HistoryStepKind.Sync, HistoryStepKind.Sync, HistoryStepKind.Resolve,
            .. deletes ? new[] { HistoryStepKind.DeleteOurs, HistoryStepKind.DeleteTheirs } : [],
            .. crashes ? new[] { HistoryStepKind.CrashingSync, HistoryStepKind.CrashingSync } : [],
        ];
        var step =
            from kind in Gen.Elements(kinds)
            from slot in Gen.Choose(0, 2)
            from field in Gen.Choose(0, 2)
            from value in Gen.Choose(0, 3)
            from crash in Gen.Choose(1, 14)
            select new HistoryStep(kind, slot, field, value, crash);
        var history =
            from entityType in Gen.Elements(EntityType.Customer, EntityType.Invoice)
            from enabled in mayDisable ? Gen.Elements(true, false) : Gen.Constant(true)
            from direction in directions
            from policy in policies
            from fieldMerge in Gen.Elements(true, true, false)
            from starts in Gen.Elements(true, false).ArrayOf(3)
            from length in Gen.Choose(1, 24)
            from steps in step.ArrayOf(length)
            select new SyncHistory(entityType, enabled, direction, policy, fieldMerge, starts, steps);
        return history.ToArbitrary();
    }
}
