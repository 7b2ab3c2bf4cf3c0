using FsCheck;
using FsCheck.Fluent;
using SyncConsole.Core.Versioning;

namespace SyncConsole.Tests.Core.Versioning;

public class VersionVectorTests
{
    [Theory]
    [InlineData(3, 2, 3, 2, SyncDecision.InSync)]
    [InlineData(4, 2, 3, 2, SyncDecision.Outbound)]
    [InlineData(3, 3, 3, 2, SyncDecision.Inbound)]
    [InlineData(4, 3, 3, 2, SyncDecision.Conflict)]
    public void Decide_EveryCombination_ReturnsDecision(long iv, long ev, long syncedIv, long syncedEv, SyncDecision expected)
    {
        Assert.Equal(expected, new VersionVector(iv, ev, syncedIv, syncedEv).Decide());
    }

    [Fact]
    public void MarkSynced_InternalAheadOfExternal_StillSeesNextExternalChange()
    {
        // iv = 5, ev = 2: the case where last_sync_version = max(iv, ev) = 5 would hide the next provider edit (ev = 3).
        var synced = new VersionVector(5, 2, 0, 0).MarkSynced(5, 2);

        Assert.Equal(SyncDecision.InSync, synced.Decide());
        Assert.Equal(SyncDecision.Inbound, synced.ObserveExternalChange().Decide());
        Assert.Equal(SyncDecision.Outbound, synced.ObserveInternal(6).Decide());
    }

    [Fact]
    public void MarkSynced_OlderVersionsThanMarks_NeverMovesMarksDown()
    {
        var vector = new VersionVector(9, 4, 9, 4).MarkSynced(3, 1);

        Assert.Equal(new VersionVector(9, 4, 9, 4), vector);
    }

    [Fact]
    public void MarkSynced_EditDuringSync_StaysPending()
    {
        // The sync reconciled our version 3; the application wrote version 4 meanwhile.
        var vector = new VersionVector(3, 1, 2, 1).ObserveInternal(4).MarkSynced(3, 1);

        Assert.Equal(SyncDecision.Outbound, vector.Decide());
    }

    [Fact]
    public void ObserveInternal_LowerVersion_IsIgnored()
    {
        Assert.Equal(7, new VersionVector(7, 0, 0, 0).ObserveInternal(5).InternalVersion);
    }

    [Fact]
    public void LastSyncVersion_IsTheHigherMark()
    {
        Assert.Equal(5, new VersionVector(6, 2, 5, 2).LastSyncVersion);
    }

    [Fact]
    public void MarkSynced_AnyHistory_NeverMissesTheNextChangeOfEitherSide()
    {
        // Random interleavings of internal edits (true) and external edits (false), with a sync after each step
        // with probability one half: after every sync, the very next edit of either side must be seen.
        var steps = Gen.Elements(0, 1, 2, 3).ListOf().ToArbitrary();
        Prop.ForAll(steps, history =>
        {
            var vector = VersionVector.Initial;
            foreach (var step in history)
            {
                vector = step switch
                {
                    0 => vector.ObserveInternal(vector.InternalVersion + 1),
                    1 => vector.ObserveExternalChange(),
                    _ => vector.MarkSynced(vector.InternalVersion, vector.ExternalVersion),
                };
                var afterSync = vector.MarkSynced(vector.InternalVersion, vector.ExternalVersion);
                if (afterSync.ObserveExternalChange().Decide() != SyncDecision.Inbound
                    || afterSync.ObserveInternal(afterSync.InternalVersion + 1).Decide() != SyncDecision.Outbound)
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }
}
