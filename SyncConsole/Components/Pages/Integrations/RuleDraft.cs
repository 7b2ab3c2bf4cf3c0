using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;

namespace SyncConsole.Components.Pages.Integrations;

/// <summary>
/// One entity's rule while it is edited: enum values stay wire strings, exactly what the API receives, so the
/// server-side validator judges the console's input and the API's alike.
/// </summary>
public sealed class RuleDraft
{
    public required EntityType EntityType { get; init; }

    public bool Enabled { get; set; }

    public string Direction { get; set; } = "";

    public string MasterIfConflict { get; set; } = "";

    public bool FieldMerge { get; set; }

    public List<FieldOverrideDraft> FieldOverrides { get; init; } = [];

    public string ChangeSource { get; set; } = "";

    public string SyncTrigger { get; set; } = "";

    public int? FrequencyMinutes { get; set; }

    /// <summary>The canonical fields an override may name.</summary>
    public IReadOnlyList<string> Fields => EntitySchema.For(EntityType).Fields;

    public static RuleDraft From(SyncRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var wire = SyncRuleInput.From(rule);
        return new RuleDraft
        {
            EntityType = rule.EntityType,
            Enabled = rule.Enabled,
            Direction = wire.Direction!,
            MasterIfConflict = wire.MasterIfConflict!,
            FieldMerge = rule.FieldMerge,
            FieldOverrides = [.. wire.FieldOverrides!.Select(o => new FieldOverrideDraft { Field = o.Key, Policy = o.Value })],
            ChangeSource = wire.ChangeSource!,
            SyncTrigger = wire.SyncTrigger!,
            FrequencyMinutes = rule.FrequencyMinutes,
        };
    }

    public SyncRuleInput ToInput() => new()
    {
        EntityType = EntityType.ToWireName(),
        Enabled = Enabled,
        Direction = Direction,
        MasterIfConflict = MasterIfConflict,
        FieldMerge = FieldMerge,
        // A half-filled override row (no field picked yet) is not sent; two rows for one field keep the last.
        FieldOverrides = FieldOverrides.Where(o => !string.IsNullOrEmpty(o.Field))
            .GroupBy(o => o.Field!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Policy!, StringComparer.Ordinal),
        ChangeSource = ChangeSource,
        SyncTrigger = SyncTrigger,
        FrequencyMinutes = FrequencyMinutes,
    };
}
