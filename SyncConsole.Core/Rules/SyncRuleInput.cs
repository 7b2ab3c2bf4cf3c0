namespace SyncConsole.Core.Rules;

/// <summary>
/// A sync rule as received on the wire (API.md rule object), before validation: enum values are raw strings so that
/// <see cref="SyncRuleValidator"/> can report every bad value instead of failing on the first. Missing optional
/// values take the entity's default (<see cref="SyncRuleDefaults"/>).
/// </summary>
public sealed record SyncRuleInput
{
    /// <summary><c>entity_type</c> (required).</summary>
    public string? EntityType { get; init; }

    /// <summary><c>enabled</c>.</summary>
    public bool? Enabled { get; init; }

    /// <summary><c>direction</c>: inbound | outbound | bidirectional.</summary>
    public string? Direction { get; init; }

    /// <summary><c>master_if_conflict</c>: external | our_system | manual | last_writer_wins.</summary>
    public string? MasterIfConflict { get; init; }

    /// <summary><c>field_merge</c>.</summary>
    public bool? FieldMerge { get; init; }

    /// <summary><c>field_overrides</c>: canonical field → policy wire name.</summary>
    public IReadOnlyDictionary<string, string>? FieldOverrides { get; init; }

    /// <summary><c>change_source</c>: polling | push | webhook | hybrid.</summary>
    public string? ChangeSource { get; init; }

    /// <summary><c>sync_trigger</c>: deferred | immediate.</summary>
    public string? SyncTrigger { get; init; }

    /// <summary><c>frequency_minutes</c>; 0 = never.</summary>
    public int? FrequencyMinutes { get; init; }

    /// <summary>The wire form of a rule (every value set).</summary>
    public static SyncRuleInput From(SyncRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new()
        {
            EntityType = Schema.EntityTypes.ToWireName(rule.EntityType),
            Enabled = rule.Enabled,
            Direction = rule.Direction.ToWireName(),
            MasterIfConflict = rule.MasterIfConflict.ToWireName(),
            FieldMerge = rule.FieldMerge,
            FieldOverrides = rule.FieldOverrides.ToDictionary(o => o.Key, o => o.Value.ToWireName(), StringComparer.Ordinal),
            ChangeSource = rule.ChangeSource.ToWireName(),
            SyncTrigger = rule.SyncTrigger.ToWireName(),
            FrequencyMinutes = rule.FrequencyMinutes,
        };
    }
}
