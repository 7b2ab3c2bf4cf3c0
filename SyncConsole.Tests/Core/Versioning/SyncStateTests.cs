using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;

namespace SyncConsole.Tests.Core.Versioning;

public class SyncStateTests
{
    private static readonly SyncState Synced = SyncState.New("conn", EntityType.Customer, "r1", "1") with
    {
        Vector = new VersionVector(3, 2, 3, 2),
        Status = RecordSyncStatus.Synced,
    };

    [Fact]
    public void StatusAt_SameVersion_IsSynced()
    {
        Assert.Equal(RecordSyncStatus.Synced, Synced.StatusAt(3));
    }

    [Fact]
    public void StatusAt_NewerInternalVersion_IsPendingOutbound()
    {
        Assert.Equal(RecordSyncStatus.PendingOutbound, Synced.StatusAt(4));
    }

    [Fact]
    public void StatusAt_ObservedProviderChange_IsPendingInbound()
    {
        Assert.Equal(RecordSyncStatus.PendingInbound, (Synced with { Vector = Synced.Vector.ObserveExternalChange() }).StatusAt(3));
    }

    [Theory]
    [InlineData(RecordSyncStatus.Conflict)]
    [InlineData(RecordSyncStatus.Failed)]
    public void StatusAt_ConflictOrFailed_KeepsIt(RecordSyncStatus status)
    {
        Assert.Equal(status, (Synced with { Status = status }).StatusAt(9));
    }
}
