using SyncConsole.Core.Versioning;

namespace SyncConsole.Tests.Core.Versioning;

public class SyncWireNamesTests
{
    [Theory]
    [InlineData(RecordSyncStatus.Synced, "synced")]
    [InlineData(RecordSyncStatus.PendingOutbound, "pending_outbound")]
    [InlineData(RecordSyncStatus.PendingInbound, "pending_inbound")]
    [InlineData(RecordSyncStatus.Conflict, "conflict")]
    [InlineData(RecordSyncStatus.Failed, "failed")]
    public void ToWireName_RecordSyncStatus_MatchesApi(RecordSyncStatus status, string wire)
    {
        Assert.Equal(wire, status.ToWireName());
    }

    [Theory]
    [InlineData(SyncDecision.InSync, "in_sync")]
    [InlineData(SyncDecision.Outbound, "outbound")]
    [InlineData(SyncDecision.Inbound, "inbound")]
    [InlineData(SyncDecision.Conflict, "conflict")]
    public void ToWireName_SyncDecision_IsSnakeCase(SyncDecision decision, string wire)
    {
        Assert.Equal(wire, decision.ToWireName());
    }
}
