using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;
using SyncConsole.Tests.Core.Builders;

namespace SyncConsole.Tests.Core.Rules;

public class SyncRuleTests
{
    [Theory]
    [InlineData(SyncDirection.Inbound, true, false)]
    [InlineData(SyncDirection.Outbound, false, true)]
    [InlineData(SyncDirection.Bidirectional, true, true)]
    public void Allows_Direction_ControlsEachWay(SyncDirection direction, bool inbound, bool outbound)
    {
        var rule = new SyncRuleBuilder(EntityType.Vendor).WithDirection(direction).Build();

        Assert.Equal(inbound, rule.AllowsInbound);
        Assert.Equal(outbound, rule.AllowsOutbound);
    }

    [Fact]
    public void Allows_DisabledRule_AllowsNothing()
    {
        var rule = new SyncRuleBuilder(EntityType.Vendor).Disabled().Build();

        Assert.False(rule.AllowsInbound);
        Assert.False(rule.AllowsOutbound);
    }

    [Fact]
    public void PolicyFor_OverriddenField_UsesOverrideElseMaster()
    {
        var rule = new SyncRuleBuilder(EntityType.Vendor).WithMaster(ConflictPolicy.External)
            .WithOverride("email", ConflictPolicy.OurSystem).Build();

        Assert.Equal(ConflictPolicy.OurSystem, rule.PolicyFor("email"));
        Assert.Equal(ConflictPolicy.External, rule.PolicyFor("phone"));
    }

    [Fact]
    public void Defaults_EveryEntity_ResolveConflictsManually()
    {
        Assert.All(SyncRuleDefaults.All(), r => Assert.Equal(ConflictPolicy.Manual, r.MasterIfConflict));
        Assert.Equal(SyncDirection.Inbound, SyncRuleDefaults.For(EntityType.Account).Direction);
        Assert.Equal(SyncDirection.Bidirectional, SyncRuleDefaults.For(EntityType.Invoice).Direction);
    }
}
