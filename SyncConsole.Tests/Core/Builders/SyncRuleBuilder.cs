using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;

namespace SyncConsole.Tests.Core.Builders;

/// <summary>Builds a sync rule starting from the entity's defaults.</summary>
internal sealed class SyncRuleBuilder(EntityType entityType)
{
    private SyncRule _rule = SyncRuleDefaults.For(entityType) with { Direction = SyncDirection.Bidirectional };

    public SyncRuleBuilder WithDirection(SyncDirection direction) => Set(_rule with { Direction = direction });

    public SyncRuleBuilder WithMaster(ConflictPolicy policy) => Set(_rule with { MasterIfConflict = policy });

    public SyncRuleBuilder WithoutFieldMerge() => Set(_rule with { FieldMerge = false });

    public SyncRuleBuilder WithOverride(string field, ConflictPolicy policy) => Set(_rule with
    {
        FieldOverrides = new Dictionary<string, ConflictPolicy>(_rule.FieldOverrides) { [field] = policy },
    });

    public SyncRuleBuilder Disabled() => Set(_rule with { Enabled = false });

    public SyncRule Build() => _rule;

    private SyncRuleBuilder Set(SyncRule rule)
    {
        _rule = rule;
        return this;
    }
}
