using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;
using SyncConsole.Tests.Core.Builders;
using SyncConsole.Tests.Core.Fakes;

namespace SyncConsole.Tests.Core.Orchestration;

/// <summary>
/// A page's commit runs while the next page is read and decided. These tests hold commits in flight (at a gate) to
/// show that the overlap happens, that nothing reads around a commit in flight, and that cursors still follow commits.
/// </summary>
public class SyncOrchestratorPipelineTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task RunAsync_DecidesTheNextPageWhileThePreviousCommits_AndStoresEachCursorAfterItsCommit()
    {
        var (harness, gated) = Inbound(customers: 6);
        var job = RunAsync(harness, gated, harness.Theirs);

        await gated.Seen("commit 1 start").WaitAsync(Patience);
        // Page 2 is read and decided while page 1's commit is still in flight, and page 1's cursor waits for it.
        await gated.Seen("find e:3,4").WaitAsync(Patience);
        // ...and its rows are prepared then too: only its database work waits for page 1's commit.
        await gated.Seen("prepare 3,4").WaitAsync(Patience);
        Assert.DoesNotContain(gated.Log, e => e.StartsWith("cursor", StringComparison.Ordinal));
        Assert.DoesNotContain("commit 1 end", gated.Log);
        Assert.DoesNotContain("commit 2 start", gated.Log);

        gated.OpenAll = true;
        gated.Gate(1).SetResult();
        var outcome = await job.WaitAsync(Patience);

        Assert.Equal(JobStatus.Succeeded, outcome.Status);
        Assert.Equal(6, outcome.Entities.Single().Created);
        Assert.Equal(6, harness.States.States.Count);
        var log = gated.Log.ToList();
        for (var page = 1; page <= 3; page++)
        {
            Assert.True(log.IndexOf($"commit {page} end") < log.IndexOf($"cursor {page * 2}"), string.Join(" | ", log));
        }

        Assert.Equal(["cursor 2", "cursor 4", "cursor 6"], log.Where(e => e.StartsWith("cursor", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_ARecordInThePageStillCommitting_IsReadOnlyOnceThatCommitLanded()
    {
        // A provider's feed can hand a record out again in a later page (it changed while the feed was read).
        var (harness, gated) = Inbound(customers: 4);
        var job = RunAsync(harness, gated, new RepeatingAdapter(harness.Theirs));

        await gated.Seen("commit 1 start").WaitAsync(Patience);
        var readAround = gated.Seen("find e:3,4,1");
        await Task.WhenAny(readAround, Task.Delay(TimeSpan.FromMilliseconds(500)));
        Assert.False(readAround.IsCompleted, "page 2 read customer 1 while its commit was in flight: " + string.Join(" | ", gated.Log));

        gated.OpenAll = true;
        gated.Gate(1).SetResult();
        var outcome = await job.WaitAsync(Patience);

        Assert.Equal(JobStatus.Succeeded, outcome.Status);
        Assert.Equal(4, harness.Ours.Live(EntityType.Customer).Count());
        Assert.Equal(4, harness.States.States.Count);
        var log = gated.Log.ToList();
        Assert.True(log.IndexOf("commit 1 end") < log.IndexOf("find e:3,4,1"), string.Join(" | ", log));
    }

    [Fact]
    public async Task RunAsync_APageCommitFailsInFlight_FailsTheJobWithNoCursorAndTheNextJobRedoesIt()
    {
        var (harness, gated) = Inbound(customers: 6);
        var job = RunAsync(harness, gated, harness.Theirs);

        await gated.Seen("commit 1 start").WaitAsync(Patience);
        await gated.Seen("find e:3,4").WaitAsync(Patience);
        gated.Gate(1).SetException(new InvalidOperationException("the database went away"));
        var failed = await job.WaitAsync(Patience);

        Assert.Equal(JobStatus.Failed, failed.Status);
        Assert.Equal("the database went away", failed.Error);
        // Page 1 never landed and page 2's decisions were dropped with it: nothing is stored, no cursor moved.
        Assert.Empty(harness.States.States);
        Assert.Empty(harness.Ours.Live(EntityType.Customer));
        Assert.DoesNotContain(gated.Log, e => e.StartsWith("cursor", StringComparison.Ordinal));
        Assert.DoesNotContain("commit 2 start", gated.Log);

        var redone = await harness.SyncAsync();
        Assert.Equal(JobStatus.Succeeded, redone.Status);
        Assert.Equal(6, harness.Ours.Live(EntityType.Customer).Count());
        Assert.Equal(6, harness.States.States.Count);
    }

    private static (SyncHarness Harness, GatedCommitStores Gated) Inbound(int customers)
    {
        var harness = new SyncHarness().WithRule(new SyncRuleBuilder(EntityType.Customer).WithDirection(SyncDirection.Inbound).Build());
        for (var i = 1; i <= customers; i++)
        {
            harness.Theirs.Add(EntityType.Customer, new CustomerBuilder().WithDisplayName($"Customer {i}").WithEmail($"c{i}@x.test").BuildFields());
        }

        return (harness, new GatedCommitStores(harness.States, harness.Ours, harness.Progress));
    }

    private static Task<SyncJobOutcome> RunAsync(SyncHarness harness, GatedCommitStores gated, IIntegrationAdapter adapter)
    {
        var orchestrator = new SyncOrchestrator(
            new FakeProviderRegistry(adapter, harness.Strategy), gated.Records, gated.States, harness.Conflicts, gated.Progress,
            harness.Clock, Options.Create(harness.Matching));
        return Task.Run(() => orchestrator.RunAsync(new SyncJobRequest
        {
            JobId = "job-pipelined",
            ConnectionId = SyncHarness.ConnectionId,
            ProviderId = FakeProviderRegistry.ProviderId,
            JobType = SyncJobType.Full,
            EntityTypes = [],
            Rules = harness.Rules,
        }, CancellationToken.None));
    }

    /// <summary>The fake provider, except that each page after the first hands out the previous page's first record again.</summary>
    private sealed class RepeatingAdapter(FakeAdapter inner) : IIntegrationAdapter
    {
        public Task<AuthenticationStatus> AuthenticateAsync(string connectionId, CancellationToken cancellationToken) =>
            inner.AuthenticateAsync(connectionId, cancellationToken);

        public async IAsyncEnumerable<ExternalPage> ReadPagesAsync(
            string connectionId, EntityType entityType, string? cursor, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            ExternalPage? previous = null;
            await foreach (var page in inner.ReadPagesAsync(connectionId, entityType, cursor, cancellationToken))
            {
                yield return previous is null ? page : page with { Records = [.. page.Records, previous.Records[0]] };
                previous = page;
            }
        }

        public Task<ExternalRecord?> GetAsync(string connectionId, EntityType entityType, string externalId, CancellationToken cancellationToken) =>
            inner.GetAsync(connectionId, entityType, externalId, cancellationToken);

        public IAsyncEnumerable<ExternalRecord> FindAsync(string connectionId, MatchCriteria criteria, CancellationToken cancellationToken) =>
            inner.FindAsync(connectionId, criteria, cancellationToken);

        public Task<WriteResult> WriteAsync(string connectionId, ExternalWrite write, CancellationToken cancellationToken) =>
            inner.WriteAsync(connectionId, write, cancellationToken);

        public Task<IReadOnlyList<WriteResult>> WriteBatchAsync(string connectionId, IReadOnlyList<ExternalWrite> writes, CancellationToken cancellationToken) =>
            inner.WriteBatchAsync(connectionId, writes, cancellationToken);
    }
}
