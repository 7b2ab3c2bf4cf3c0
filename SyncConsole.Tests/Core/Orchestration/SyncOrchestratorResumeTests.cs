using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.Tests.Core.Builders;
using SyncConsole.Tests.Core.Fakes;

namespace SyncConsole.Tests.Core.Orchestration;

public class SyncOrchestratorResumeTests
{
    // Durable steps of one outbound create: save intent, provider write (before, after), commit.
    private const int StepsPerCreate = 4;

    [Fact]
    public async Task RunAsync_KilledInSecondPage_ResumesAfterTheCommittedPage()
    {
        var harness = new SyncHarness();
        for (var i = 0; i < 5; i++)
        {
            harness.Ours.Add(EntityType.Customer, new CustomerBuilder().WithDisplayName($"C{i}").WithEmail($"c{i}@x.test").BuildFields());
        }

        harness.Crash.Arm((2 * StepsPerCreate) + 1);
        var killed = await harness.SyncAsync();
        var resumed = await harness.SyncAsync();

        Assert.Equal(JobStatus.Failed, killed.Status);
        Assert.Equal(JobStatus.Succeeded, resumed.Status);
        Assert.Equal(3, resumed.Entities.Single(e => e.EntityType == EntityType.Customer).Created);
        Assert.Equal(5, harness.Theirs.Live(EntityType.Customer).Count());
        Assert.Equal(5, harness.Theirs.Writes.Count);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task RunAsync_KilledAroundTheProviderCreate_NeverDuplicates(int crashStep)
    {
        var harness = new SyncHarness();
        var id = harness.Ours.Add(EntityType.Customer, new CustomerBuilder().BuildFields());

        harness.Crash.Arm(crashStep);
        await harness.SyncAsync();
        harness.Ours.Edit(EntityType.Customer, id, f => f.Set("notes", "edited after the crash"));
        await harness.SyncAsync();

        var (externalId, fields) = Assert.Single(harness.Theirs.Live(EntityType.Customer));
        Assert.Equal("edited after the crash", fields.Text("notes"));
        Assert.Equal(externalId, harness.StateOf(EntityType.Customer, id)!.ExternalId);
        Assert.Empty(harness.Conflicts.All);
    }

    [Fact]
    public async Task RunAsync_KilledAfterProviderUpdateThenEditedAgain_PushesTheLatestWithoutConflict()
    {
        var harness = new SyncHarness();
        var id = harness.Ours.Add(EntityType.Customer, new CustomerBuilder().BuildFields());
        await harness.SyncAsync();
        var externalId = harness.StateOf(EntityType.Customer, id)!.ExternalId!;

        harness.Ours.Edit(EntityType.Customer, id, f => f.Set("email", "first@acme.test"));
        harness.Crash.Arm(3);
        await harness.SyncAsync();
        harness.Ours.Edit(EntityType.Customer, id, f => f.Set("email", "second@acme.test"));
        harness.Theirs.Edit(EntityType.Customer, externalId, f => f.Set("phone", "42"));
        await harness.SyncAsync();

        Assert.Empty(harness.Conflicts.All);
        var expected = new CustomerBuilder().WithEmail("second@acme.test").WithPhone("42").BuildFields();
        Assert.Equal(expected, harness.Theirs.FieldsOf(EntityType.Customer, externalId));
        Assert.Equal(expected, harness.Ours.Current(EntityType.Customer, id)!.Record!.Fields);
    }

    [Fact]
    public async Task RunAsync_RetriedWrite_ReusesItsIdempotencyKey()
    {
        var harness = new SyncHarness();
        harness.Ours.Add(EntityType.Customer, new CustomerBuilder().BuildFields());

        harness.Crash.Arm(3);
        await harness.SyncAsync();
        await harness.SyncAsync();

        Assert.Equal(2, harness.Theirs.Writes.Count(w => w.Operation == ExternalWriteOperation.Create));
        Assert.Single(harness.Theirs.Writes.Select(w => w.IdempotencyKey).Distinct());
    }

    [Fact]
    public async Task RunAsync_CancelledMidJob_StopsAtTheNextRecordAndResumesLater()
    {
        var harness = new SyncHarness();
        for (var i = 0; i < 3; i++)
        {
            harness.Ours.Add(EntityType.Customer, new CustomerBuilder().WithDisplayName($"C{i}").WithEmail($"c{i}@x.test").BuildFields());
        }

        using var cancellation = new CancellationTokenSource();
        harness.Theirs.OnWrite = _ => cancellation.Cancel();
        var cancelled = await harness.Orchestrator.RunAsync(new SyncJobRequest
        {
            JobId = "job-cancel",
            ConnectionId = SyncHarness.ConnectionId,
            ProviderId = FakeProviderRegistry.ProviderId,
        }, cancellation.Token);
        harness.Theirs.OnWrite = null;
        await harness.SyncAsync();

        Assert.Equal(JobStatus.Cancelled, cancelled.Status);
        Assert.Single(harness.Progress.Results, r => r.Action == ResultAction.Created && harness.Progress.Results.IndexOf(r) == 0);
        Assert.Equal(3, harness.Theirs.Live(EntityType.Customer).Count());
    }

    [Fact]
    public async Task RunAsync_EditWhileTheSyncWrites_IsPushedByTheNextJob()
    {
        var harness = new SyncHarness();
        var id = harness.Ours.Add(EntityType.Customer, new CustomerBuilder().BuildFields());
        var edited = false;
        harness.Theirs.OnWrite = _ =>
        {
            if (!edited)
            {
                edited = true;
                harness.Ours.Edit(EntityType.Customer, id, f => f.Set("notes", "typed during the sync"));
            }
        };

        await harness.SyncAsync();
        await harness.SyncAsync();

        Assert.Equal("typed during the sync", Assert.Single(harness.Theirs.Live(EntityType.Customer)).Fields.Text("notes"));
    }
}
