using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;
using SyncConsole.Data;
using SyncConsole.Notifications;
using SyncConsole.Records;
using SyncConsole.SyncJobs;
using SyncConsole.Tenancy;
using SyncConsole.Tests.Core.Builders;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Sync;

/// <summary>
/// The database sync state store keeps a decision and its per-record results in one transaction: a commit stores both,
/// a refused commit stores neither, and a refused commit in a page's batch leaves the others' results in.
/// </summary>
public abstract class SyncStateStoreSuite(DatabaseProvider provider) : AppTest(provider)
{
    protected const string Connection = "conn-1";
    private const string JobId = "job-1";
    private readonly Guid tenant = Guid.NewGuid();

    [Fact]
    public async Task CommitAsync_WithResults_StoresThePolicysChoiceWithTheState()
    {
        using var scope = StoreScope(out var store);
        var state = SyncState.New(Connection, EntityType.Customer, null, "42");
        var result = Result("42", new FieldResolution("notes", MergeSide.Theirs, ConflictPolicy.External));

        await store.CommitAsync(new SyncCommit(null, state) { JobId = JobId, Results = [result] }, CancellationToken.None);

        await using var db = await App.CreateDbContextAsync();
        Assert.True(await db.SyncStates.AnyAsync(s => s.StateId == state.StateId));
        var row = Assert.Single(await db.SyncJobResults.Where(r => r.TenantId == tenant).ToListAsync());
        Assert.Equal((JobId, "42", "updated"), (row.JobId, row.ExternalId, row.Action));
        Assert.Equal(new PolicyChoice("notes", "external", "external"), Assert.Single(PolicyChoice.Read(row.Resolutions)));
    }

    [Fact]
    public async Task CommitAsync_RefusedWrite_StoresNeitherTheStateNorTheResults()
    {
        using var scope = StoreScope(out var store);
        var state = SyncState.New(Connection, EntityType.Customer, "r-1", "42");
        var stale = new InternalWrite(EntityType.Customer, "r-1", 3, Customer("r-1"));

        await Assert.ThrowsAsync<SyncConcurrencyException>(() => store.CommitAsync(
            new SyncCommit(stale, state) { JobId = JobId, Results = [Result("42")] }, CancellationToken.None));

        await using var db = await App.CreateDbContextAsync();
        Assert.False(await db.SyncStates.AnyAsync(s => s.StateId == state.StateId));
        Assert.False(await db.SyncJobResults.AnyAsync(r => r.TenantId == tenant));
    }

    [Fact]
    public async Task CommitBatchAsync_OneWriteRefused_StoresTheOthersWithTheirResultsOnly()
    {
        using var scope = StoreScope(out var store);
        var kept = SyncState.New(Connection, EntityType.Customer, null, "41");
        var refused = SyncState.New(Connection, EntityType.Customer, "r-2", "42");
        var stale = new InternalWrite(EntityType.Customer, "r-2", 3, Customer("r-2"));

        var refusedIndexes = await store.CommitBatchAsync(
            [
                new SyncCommit(null, kept) { JobId = JobId, Results = [Result("41")] },
                new SyncCommit(stale, refused) { JobId = JobId, Results = [Result("42")] },
            ],
            CancellationToken.None);

        Assert.Equal([1], refusedIndexes);
        await using var db = await App.CreateDbContextAsync();
        Assert.Equal([kept.StateId], await db.SyncStates.Where(s => s.TenantId == tenant).Select(s => s.StateId).ToListAsync());
        Assert.Equal(["41"], await db.SyncJobResults.Where(r => r.TenantId == tenant).Select(r => r.ExternalId).ToListAsync());
    }

    [Fact]
    public async Task CommitBatchAsync_PageAfterPage_UpdatesTheStoredRecordsAndStatesWithChangeLogAndNotifications()
    {
        using var scope = StoreScope(out var store);
        await AddNotificationEndpointAsync();
        var ada = SyncState.New(Connection, EntityType.Customer, "r-1", "41");
        var bob = SyncState.New(Connection, EntityType.Customer, "r-2", "42");
        await store.CommitBatchAsync([Pull(ada, 0, "Ada"), Pull(bob, 0, "Bob")], CancellationToken.None);

        // The next page meets Ada again, changed at QuickBooks: her record and state are updated, not inserted again.
        var adaSynced = ada with { Status = RecordSyncStatus.Synced, ExternalToken = "7" };
        var refused = await store.CommitBatchAsync([Pull(adaSynced, 1, "Ada Lovelace")], CancellationToken.None);

        Assert.Empty(refused);
        await using var db = await App.CreateDbContextAsync();
        var records = await db.Records.Where(r => r.TenantId == tenant).OrderBy(r => r.Id).ToListAsync();
        Assert.Equal([("r-1", 2L), ("r-2", 1L)], records.Select(r => (r.Id, r.Version)));
        Assert.Contains("Ada Lovelace", records[0].Body, StringComparison.Ordinal);
        var changes = await db.RecordChanges.Where(c => c.TenantId == tenant).OrderBy(c => c.Seq).ToListAsync();
        Assert.Equal(
            [("r-1", RecordOperation.Created, 1L), ("r-2", RecordOperation.Created, 1L), ("r-1", RecordOperation.Updated, 2L)],
            changes.Select(c => (c.RecordId, c.Operation, c.Version)));
        Assert.Equal(records[0].ChangeSeq, changes[^1].Seq);
        var states = await db.SyncStates.Where(s => s.TenantId == tenant).OrderBy(s => s.InternalId).ToListAsync();
        Assert.Equal([("r-1", "synced", "7"), ("r-2", "pending_outbound", null)], states.Select(s => (s.InternalId!, s.Status, s.ExternalToken)));
        var deliveries = await db.NotificationDeliveries.Where(d => d.TenantId == tenant).OrderBy(d => d.Version).ThenBy(d => d.RecordId).ToListAsync();
        Assert.Equal([("r-1", "created"), ("r-2", "created"), ("r-1", "updated")], deliveries.Select(d => (d.RecordId, d.Operation)));
        Assert.Equal(3, await db.SyncJobResults.CountAsync(r => r.TenantId == tenant));
    }

    private async Task AddNotificationEndpointAsync()
    {
        await using var db = await App.CreateDbContextAsync();
        db.NotificationEndpoints.Add(new NotificationEndpointRow
        {
            TenantId = tenant,
            Url = "https://app.example.com/hooks",
            SecretProtected = "{}",
            Enabled = true,
            UpdatedBy = "test",
        });
        await db.SaveChangesAsync();
    }

    protected static SyncCommit Pull(SyncState state, long expectedVersion, string name) =>
        new(new InternalWrite(EntityType.Customer, state.InternalId!, expectedVersion,
            new(EntityType.Customer, state.InternalId!, SchemaVersions.Current, new CustomerBuilder().WithDisplayName(name).BuildFields())), state)
        {
            JobId = JobId,
            Results = [Result(state.ExternalId!)],
        };

    protected IServiceScope StoreScope(out ISyncStateStore store)
    {
        var scope = App.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().Set(tenant);
        scope.ServiceProvider.GetRequiredService<TenantScope>().Actor = $"job:{JobId}";
        store = scope.ServiceProvider.GetRequiredService<ISyncStateStore>();
        return scope;
    }

    private static RecordResult Result(string externalId, params FieldResolution[] resolutions) =>
        new(EntityType.Customer, null, externalId, ChangeDirection.Inbound, ResultAction.Updated, null, TimeProvider.System.GetUtcNow(), resolutions);

    private static CanonicalRecord Customer(string id) =>
        new(EntityType.Customer, id, SchemaVersions.Current, new CustomerBuilder().BuildFields());
}
