using SyncConsole.Core.Rules;

namespace SyncConsole.Tests.Core.Rules;

public class RuleWireNamesTests
{
    [Theory]
    [InlineData(SyncDirection.Inbound, "inbound")]
    [InlineData(SyncDirection.Outbound, "outbound")]
    [InlineData(SyncDirection.Bidirectional, "bidirectional")]
    public void Direction_EveryValue_RoundTrips(SyncDirection value, string wire)
    {
        Assert.Equal(wire, value.ToWireName());
        Assert.True(RuleWireNames.TryParse(wire, out SyncDirection? parsed));
        Assert.Equal(value, parsed);
    }

    [Theory]
    [InlineData(ConflictPolicy.External, "external")]
    [InlineData(ConflictPolicy.OurSystem, "our_system")]
    [InlineData(ConflictPolicy.Manual, "manual")]
    [InlineData(ConflictPolicy.LastWriterWins, "last_writer_wins")]
    public void ConflictPolicy_EveryValue_RoundTrips(ConflictPolicy value, string wire)
    {
        Assert.Equal(wire, value.ToWireName());
        Assert.True(RuleWireNames.TryParse(wire, out ConflictPolicy? parsed));
        Assert.Equal(value, parsed);
    }

    [Theory]
    [InlineData(ChangeSource.Polling, "polling")]
    [InlineData(ChangeSource.Push, "push")]
    [InlineData(ChangeSource.Webhook, "webhook")]
    [InlineData(ChangeSource.Hybrid, "hybrid")]
    public void ChangeSource_EveryValue_RoundTrips(ChangeSource value, string wire)
    {
        Assert.Equal(wire, value.ToWireName());
        Assert.True(RuleWireNames.TryParse(wire, out ChangeSource? parsed));
        Assert.Equal(value, parsed);
    }

    [Theory]
    [InlineData(SyncTrigger.Deferred, "deferred")]
    [InlineData(SyncTrigger.Immediate, "immediate")]
    public void SyncTrigger_EveryValue_RoundTrips(SyncTrigger value, string wire)
    {
        Assert.Equal(wire, value.ToWireName());
        Assert.True(RuleWireNames.TryParse(wire, out SyncTrigger? parsed));
        Assert.Equal(value, parsed);
    }

    [Theory]
    [InlineData("Inbound")]
    [InlineData("both")]
    [InlineData("")]
    public void TryParse_NotAWireName_IsFalse(string wire)
    {
        Assert.False(RuleWireNames.TryParse(wire, out SyncDirection? _));
    }
}
