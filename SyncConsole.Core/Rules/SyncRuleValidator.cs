using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Rules;

/// <summary>Validates a whole rule set (PUT settings) and reports every bad field at once.</summary>
public static class SyncRuleValidator
{
    /// <summary>
    /// The largest polling interval: 30 days, because change feeds such as QuickBooks CDC look back at most 30 days and
    /// a longer gap would silently skip changes.
    /// </summary>
    public const int MaxFrequencyMinutes = 30 * 24 * 60;

    /// <summary>Validates and parses rules; paths are prefixed with <paramref name="path"/> (default <c>sync_rules</c>).</summary>
    public static RuleValidationResult Validate(IReadOnlyList<SyncRuleInput>? inputs, string path = "sync_rules")
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string key, string message) =>
            (errors.TryGetValue(key, out var list) ? list : errors[key] = []).Add(message);

        if (inputs is null)
        {
            Add(path, "The rule list is required.");
            return Result([], errors);
        }

        var rules = new List<SyncRule>();
        var seen = new HashSet<EntityType>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var at = $"{path}[{i}]";
            var rule = Parse(inputs[i], at, Add);
            if (rule is not null && !seen.Add(rule.EntityType))
            {
                Add($"{at}.entity_type", $"'{rule.EntityType.ToWireName()}' has more than one rule.");
            }
            else if (rule is not null)
            {
                rules.Add(rule);
            }
        }

        return Result(rules, errors);
    }

    /// <summary>
    /// Validates and parses one rule sent on its own (a system default rule); error keys are the rule's field names
    /// (<c>direction</c>, <c>field_overrides.email</c>), and <c>body</c> when there is no rule at all.
    /// </summary>
    public static RuleValidationResult ValidateRule(SyncRuleInput? input)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string key, string message) =>
            (errors.TryGetValue(key, out var list) ? list : errors[key] = []).Add(message);

        var rule = Parse(input, "", Add);
        return Result(rule is null ? [] : [rule], errors);
    }

    // The key of a field under a rule's path; a rule validated on its own has an empty path.
    private static string Key(string at, string field) => at.Length == 0 ? field : $"{at}.{field}";

    private static SyncRule? Parse(SyncRuleInput? input, string at, Action<string, string> add)
    {
        if (input is null)
        {
            add(at.Length == 0 ? "body" : at, "A rule is required.");
            return null;
        }

        if (!EntityTypes.TryParse(input.EntityType, out var entityType))
        {
            add(Key(at, "entity_type"), input.EntityType is null
                ? "The entity type is required."
                : $"'{input.EntityType}' is not one of {string.Join(", ", EntityTypes.All.Select(e => e.ToWireName()))}.");
        }

        var defaults = SyncRuleDefaults.For(entityType ?? EntityType.Customer);
        var direction = ParseEnum<SyncDirection>(input.Direction, RuleWireNames.TryParse, RuleWireNames.ToWireName, Key(at, "direction"), add);
        var master = ParseEnum<ConflictPolicy>(input.MasterIfConflict, RuleWireNames.TryParse, RuleWireNames.ToWireName, Key(at, "master_if_conflict"), add);
        var source = ParseEnum<ChangeSource>(input.ChangeSource, RuleWireNames.TryParse, RuleWireNames.ToWireName, Key(at, "change_source"), add);
        var trigger = ParseEnum<SyncTrigger>(input.SyncTrigger, RuleWireNames.TryParse, RuleWireNames.ToWireName, Key(at, "sync_trigger"), add);
        if (input.FrequencyMinutes is < 0 or > MaxFrequencyMinutes)
        {
            add(Key(at, "frequency_minutes"),
                $"The frequency must be between 0 (never) and {MaxFrequencyMinutes} minutes; got {input.FrequencyMinutes}.");
        }

        var fieldMerge = input.FieldMerge ?? defaults.FieldMerge;
        var overrides = ParseOverrides(input.FieldOverrides, entityType, fieldMerge, Key(at, "field_overrides"), add);
        return entityType is null || direction.Failed || master.Failed || source.Failed || trigger.Failed
            || overrides is null || input.FrequencyMinutes is < 0 or > MaxFrequencyMinutes
            ? null
            : defaults with
            {
                Enabled = input.Enabled ?? defaults.Enabled,
                Direction = direction.Value ?? defaults.Direction,
                MasterIfConflict = master.Value ?? defaults.MasterIfConflict,
                FieldMerge = fieldMerge,
                FieldOverrides = overrides,
                ChangeSource = source.Value ?? defaults.ChangeSource,
                SyncTrigger = trigger.Value ?? defaults.SyncTrigger,
                FrequencyMinutes = input.FrequencyMinutes ?? defaults.FrequencyMinutes,
            };
    }

    private static Dictionary<string, ConflictPolicy>? ParseOverrides(
        IReadOnlyDictionary<string, string>? raw, EntityType? entityType, bool fieldMerge, string at, Action<string, string> add)
    {
        var overrides = new Dictionary<string, ConflictPolicy>(StringComparer.Ordinal);
        var ok = true;
        if (raw is { Count: > 0 } && !fieldMerge)
        {
            add(at, "Field overrides apply only when field_merge is true; with field_merge false the record-level policy decides.");
            ok = false;
        }

        foreach (var (field, wire) in raw ?? new Dictionary<string, string>())
        {
            if (entityType is { } type && !EntitySchema.For(type).HasField(field))
            {
                add($"{at}.{field}", $"'{field}' is not a field of {type.ToWireName()}.");
                ok = false;
            }

            if (wire is null)
            {
                add($"{at}.{field}", $"A policy is required: one of {RuleWireNames.Choices<ConflictPolicy>(RuleWireNames.ToWireName)}.");
            }

            var policy = ParseEnum<ConflictPolicy>(wire, RuleWireNames.TryParse, RuleWireNames.ToWireName, $"{at}.{field}", add);
            if (policy.Value is { } value)
            {
                overrides[field] = value;
            }

            ok &= !policy.Failed && wire is not null;
        }

        return ok ? overrides : null;
    }

    private delegate bool Parser<T>(string? wire, out T? value)
        where T : struct;

    private static (T? Value, bool Failed) ParseEnum<T>(
        string? wire, Parser<T> parse, Func<T, string> toWire, string key, Action<string, string> add)
        where T : struct, Enum
    {
        if (wire is null)
        {
            return (null, false);
        }

        if (parse(wire, out var value))
        {
            return (value, false);
        }

        add(key, $"'{wire}' is not one of {RuleWireNames.Choices(toWire)}.");
        return (null, true);
    }

    private static RuleValidationResult Result(List<SyncRule> rules, Dictionary<string, List<string>> errors) =>
        errors.Count == 0
            ? new(rules, new Dictionary<string, IReadOnlyList<string>>())
            : new([], errors.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)e.Value, StringComparer.Ordinal));
}
