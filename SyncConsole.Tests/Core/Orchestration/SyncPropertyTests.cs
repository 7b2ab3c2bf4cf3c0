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

    private static void Holds(Arbitrary<SyncHistory> histories, int count, SyncMarker? marker = null, bool checkExactness = false) =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(count * Scale).WithQuietOnSuccess(true), Prop.ForAll(histories, history =>
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

    // Found by CI on 2026-11-22 and reproduced on the code before that day's changes: an edit of ours to an invoice is
    // lost silently in one history of crashes, deletes on both sides and edits. Kept as its exact replay until fixed.
    [Fact(Skip = "Known lost update under crashes and deletes; see the issue #5 note of 2026-11-22. Unskip to reproduce.")]
    public void RunAsync_KnownLostUpdateHistory_KeepsEveryEdit()
    {
        var directions = Gen.Elements(SyncDirection.Inbound, SyncDirection.Outbound, SyncDirection.Bidirectional);

        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(1).WithReplay(2469182572392668374UL, 17469894536215181009UL, 43),
            Prop.ForAll(SyncHistory.Any(directions, AnyPolicy, mayDisable: true), history =>
            {
                var violations = Task.Run(() => HistoryRunner.RunAsync(history, null, false)).GetAwaiter().GetResult();
                return violations.Count == 0 ? Prop.Label(true, "ok") : Prop.Label(false, string.Join("; ", violations));
            }));
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
