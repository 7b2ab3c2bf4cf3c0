using FsCheck;
using FsCheck.Fluent;
using SyncConsole.Core.Rules;
using SyncConsole.Core.Versioning;
using SyncConsole.Tests.Core.Fakes;

namespace SyncConsole.Tests.Core.Orchestration;

public class SyncPropertyTests
{
    private static readonly Gen<ConflictPolicy> AnyPolicy =
        Gen.Elements(ConflictPolicy.External, ConflictPolicy.OurSystem, ConflictPolicy.Manual, ConflictPolicy.LastWriterWins);

    private static readonly Gen<SyncDirection> Bidirectional = Gen.Constant(SyncDirection.Bidirectional);

    // CORE_PROPERTY_SCALE multiplies the number of histories for a longer soak run (default 1).
    private static readonly int Scale = int.TryParse(Environment.GetEnvironmentVariable("CORE_PROPERTY_SCALE"), out var scale) ? scale : 1;

    private static void Holds(
        Arbitrary<SyncHistory> histories, int count, SyncMarker? marker = null, bool checkExactness = false, Config? config = null) =>
        Check.One((config ?? Config.QuickThrowOnFailure).WithMaxTest(count * Scale).WithQuietOnSuccess(true), Prop.ForAll(histories, history =>
        {
            var violations = Task.Run(() => HistoryRunner.RunAsync(history, marker, checkExactness)).GetAwaiter().GetResult();
            return violations.Count == 0 ? Prop.Label(true, "ok") : Prop.Label(false, string.Join("; ", violations));
        }));

    [Fact]
    public void RunAsync_RandomEditsDeletesSyncsAndCrashes_ConvergeWithoutSilentLoss()
    {
        Holds(SyncHistory.Any(Bidirectional, AnyPolicy), 1500);
    }

    [Fact]
    public void RunAsync_RandomEditsAndSyncsUnderManualReview_ConflictExactlyWhenBothSidesChangedAFieldDifferently()
    {
        Holds(SyncHistory.Any(Bidirectional, Gen.Constant(ConflictPolicy.Manual), deletes: false, crashes: false), 1000,
            checkExactness: true);
    }

    [Fact]
    public void RunAsync_AnyDirectionAndEnablement_NeverWritesAForbiddenSide()
    {
        var directions = Gen.Elements(SyncDirection.Inbound, SyncDirection.Outbound, SyncDirection.Bidirectional);

        Holds(SyncHistory.Any(directions, AnyPolicy, mayDisable: true), 800);
    }

    // Found by CI on 2026-11-22, and present before that day's changes. An invoice (bidirectional, external wins, no
    // field merge) is edited on both sides, in different fields. A sync applies the policy, and QuickBooks' version
    // overwrites our doc_number. That sync then crashes after the page's commit but before the page's per-record
    // results are stored. The result carrying the policy's resolution is lost, and no later job re-creates it (the
    // record is in sync). The data is as the policy says; the evidence of the choice is gone. Fixing it means storing a
    // page's results in the commit's transaction. The exact replay stays here until then.
    [Fact(Skip = "Open defect: a crash between a page's commit and its results loses the policy's resolution (see comment).")]
    public void RunAsync_KnownLostUpdateHistory_KeepsEveryEdit()
    {
        var directions = Gen.Elements(SyncDirection.Inbound, SyncDirection.Outbound, SyncDirection.Bidirectional);

        Holds(SyncHistory.Any(directions, AnyPolicy, mayDisable: true), 1,
            config: Config.QuickThrowOnFailure.WithReplay(2469182572392668374UL, 17469894536215181009UL, 43));
    }

    [Fact]
    public void RunAsync_BrokenSingleLastSyncVersion_IsCaughtByTheProperty()
    {
        // last_sync_version = max(iv, ev) alone, applied to both marks: the deliberately broken design.
        SyncMarker broken = (vector, internalVersion, externalVersion) =>
        {
            var last = Math.Max(internalVersion, externalVersion);
            return vector with
            {
                InternalVersion = Math.Max(vector.InternalVersion, internalVersion),
                ExternalVersion = Math.Max(vector.ExternalVersion, externalVersion),
                SyncedInternalVersion = last,
                SyncedExternalVersion = last,
            };
        };

        var failure = Assert.ThrowsAny<Exception>(() => Holds(SyncHistory.Any(Bidirectional, AnyPolicy), 1500, broken));

        // It fails for the reason it is broken: a later change of the side that was behind is never synced, so it is
        // lost, never converges, or is deleted over as if it had been seen.
        Assert.True(
            System.Text.RegularExpressions.Regex.IsMatch(failure.Message, "not converged|lost silently|deleted over a concurrent edit"), failure.Message);
    }
}
