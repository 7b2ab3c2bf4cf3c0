using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;

namespace SyncConsole.Tests.Core.Rules;

public class SyncRuleValidatorTests
{
    private static SyncRuleInput Valid(string entityType = "vendor") => new()
    {
        EntityType = entityType,
        Enabled = true,
        Direction = "bidirectional",
        MasterIfConflict = "manual",
        FieldMerge = true,
        FieldOverrides = new Dictionary<string, string> { ["email"] = "our_system" },
        ChangeSource = "hybrid",
        SyncTrigger = "immediate",
        FrequencyMinutes = 15,
    };

    [Fact]
    public void Validate_ApiExampleRule_ParsesEveryValue()
    {
        var result = SyncRuleValidator.Validate([Valid()]);

        Assert.True(result.IsValid);
        var rule = Assert.Single(result.Rules);
        Assert.Equal(EntityType.Vendor, rule.EntityType);
        Assert.Equal(SyncDirection.Bidirectional, rule.Direction);
        Assert.Equal(ConflictPolicy.Manual, rule.MasterIfConflict);
        Assert.Equal(ConflictPolicy.OurSystem, rule.FieldOverrides["email"]);
        Assert.Equal(ChangeSource.Hybrid, rule.ChangeSource);
        Assert.Equal(SyncTrigger.Immediate, rule.SyncTrigger);
        Assert.Equal(15, rule.FrequencyMinutes);
    }

    [Fact]
    public void Validate_ManyBadFields_ReportsEveryOneByPath()
    {
        var bad = Valid() with
        {
            Direction = "sideways",
            MasterIfConflict = "coin_flip",
            ChangeSource = "email",
            SyncTrigger = "later",
            FrequencyMinutes = -5,
            FieldOverrides = new Dictionary<string, string> { ["notes"] = "our_system", ["email"] = "whoever" },
        };

        var result = SyncRuleValidator.Validate([Valid("customer"), bad, Valid("invoices")]);

        Assert.False(result.IsValid);
        Assert.Empty(result.Rules);
        Assert.Equal(
            [
                "sync_rules[1].change_source", "sync_rules[1].direction", "sync_rules[1].field_overrides.email",
                "sync_rules[1].field_overrides.notes", "sync_rules[1].frequency_minutes", "sync_rules[1].master_if_conflict",
                "sync_rules[1].sync_trigger", "sync_rules[2].entity_type",
            ],
            result.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("'notes' is not a field of vendor.", result.Errors["sync_rules[1].field_overrides.notes"]);
        Assert.Contains("'sideways' is not one of inbound, outbound, bidirectional.", result.Errors["sync_rules[1].direction"]);
    }

    [Fact]
    public void Validate_DuplicateEntityType_IsRejected()
    {
        var result = SyncRuleValidator.Validate([Valid(), Valid()]);

        Assert.Equal(["sync_rules[1].entity_type"], result.Errors.Keys);
    }

    [Fact]
    public void Validate_MissingListOrEntityType_IsRejected()
    {
        Assert.Equal(["sync_rules"], SyncRuleValidator.Validate(null).Errors.Keys);
        Assert.Equal(["sync_rules[0].entity_type"], SyncRuleValidator.Validate([new SyncRuleInput()]).Errors.Keys);
    }

    [Fact]
    public void Validate_OverridesWithoutFieldMerge_IsRejected()
    {
        var result = SyncRuleValidator.Validate([Valid() with { FieldMerge = false }]);

        Assert.Equal(["sync_rules[0].field_overrides"], result.Errors.Keys);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(SyncRuleValidator.MaxFrequencyMinutes, true)]
    [InlineData(SyncRuleValidator.MaxFrequencyMinutes + 1, false)]
    [InlineData(-1, false)]
    public void Validate_Frequency_AcceptsZeroToThirtyDays(int minutes, bool valid)
    {
        Assert.Equal(valid, SyncRuleValidator.Validate([Valid() with { FrequencyMinutes = minutes }]).IsValid);
    }

    [Fact]
    public void Validate_OnlyEntityType_TakesTheEntityDefaults()
    {
        var rule = Assert.Single(SyncRuleValidator.Validate([new SyncRuleInput { EntityType = "account" }]).Rules);

        Assert.Equal(SyncRuleDefaults.For(EntityType.Account) with { FieldOverrides = rule.FieldOverrides }, rule);
        Assert.Empty(rule.FieldOverrides);
    }

    [Fact]
    public void Validate_NullOverridePolicy_IsRejected()
    {
        var input = Valid() with { FieldOverrides = new Dictionary<string, string> { ["email"] = null! } };

        Assert.Equal(["sync_rules[0].field_overrides.email"], SyncRuleValidator.Validate([input]).Errors.Keys);
    }

    [Fact]
    public void From_AnyDefaultRule_ValidatesBackToTheSameRule()
    {
        foreach (var rule in SyncRuleDefaults.All())
        {
            var parsed = Assert.Single(SyncRuleValidator.Validate([SyncRuleInput.From(rule)]).Rules);
            Assert.Equal(rule with { FieldOverrides = parsed.FieldOverrides }, parsed);
        }
    }

    [Fact]
    public void ValidateRule_BadFields_ReportsEachByItsFieldName()
    {
        var bad = Valid() with
        {
            Direction = "sideways",
            FrequencyMinutes = 99999,
            FieldOverrides = new Dictionary<string, string> { ["notes"] = "our_system" },
        };

        var result = SyncRuleValidator.ValidateRule(bad);

        Assert.False(result.IsValid);
        Assert.Empty(result.Rules);
        Assert.Equal(["direction", "field_overrides.notes", "frequency_minutes"], result.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ValidateRule_ValidOrMissing_ParsesTheRuleOrNamesTheBody()
    {
        Assert.Equal(EntityType.Vendor, Assert.Single(SyncRuleValidator.ValidateRule(Valid()).Rules).EntityType);
        Assert.Equal(["body"], SyncRuleValidator.ValidateRule(null).Errors.Keys);
        Assert.Equal(["entity_type"], SyncRuleValidator.ValidateRule(new SyncRuleInput()).Errors.Keys);
    }
}
