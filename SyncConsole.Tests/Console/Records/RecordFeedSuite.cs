using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.Data;
using SyncConsole.Records;
using SyncConsole.Tenancy;
using SyncConsole.Tests.Core.Builders;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Records;

/// <summary>
/// Our change feed as a sync job reads it: records whose latest change the job itself made are passed over (they are
/// the provider's changes it just applied), the cursor still moves past them, and another job sees them all.
/// </summary>
public abstract class RecordFeedSuite(DatabaseProvider provider) : AppTest(provider)
{
    private readonly Guid tenant = Guid.NewGuid();

    [Fact]
    public async Task ReadPagesAsync_TheJobsOwnWrites_ArePassedOverAndTheCursorMovesPastThem()
    {
        await WriteAsync("a", "job:1");
        await WriteAsync("b", "user-1");
        await WriteAsync("c", "job:1");

        var (ownJob, ownCursor) = await ReadAsync("job:1");
        var (otherJob, otherCursor) = await ReadAsync("job:2");

        Assert.Equal(["b"], ownJob);
        Assert.Equal(["a", "b", "c"], otherJob);
        Assert.Equal(otherCursor, ownCursor);
    }

    [Fact]
    public async Task ReadPagesAsync_ARecordEditedAfterTheJobWroteIt_IsRead()
    {
        await WriteAsync("a", "job:1");
        await WriteAsync("a", "user-1", expectedVersion: 1);

        var (records, _) = await ReadAsync("job:1");

        Assert.Equal(["a"], records);
    }

    [Fact]
    public async Task ReadPagesAsync_PagesOfTheJobsOwnWrites_AreSkippedInTheDatabaseAndTheOthersPagedByTheirChangeOrder()
    {
        await WriteManyAsync("own", 1200, "job:1");
        await WriteManyAsync("other", DatabaseRecordStore.PageSize + 1, "user-1");
        await WriteManyAsync("own-again", 300, "job:1");

        var pages = await ReadPagesAsync("job:1", null);
        var (all, _) = await ReadAsync("job:2");

        // Two pages of the others only (a full one, then the last one), and the cursor ends at the newest change.
        Assert.Equal([DatabaseRecordStore.PageSize, 1], pages.Select(p => p.Records.Count));
        Assert.All(pages.SelectMany(p => p.Records), r => Assert.StartsWith("other", r.Id, StringComparison.Ordinal));
        Assert.Equal(2001, all.Count);
        Assert.Equal("2001", pages[^1].NextCursor);
        Assert.Empty(await ReadPagesAsync("job:1", pages[^1].NextCursor));
    }

    private async Task WriteManyAsync(string prefix, int count, string actor)
    {
        await using var db = await App.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var batch = new RowBatch();
        var writes = Enumerable.Range(0, count)
            .Select(i => $"{prefix}-{i:D4}")
            .Select(id => new RecordWrite(EntityType.Customer, id, 0, new CanonicalRecord(EntityType.Customer, id, SchemaVersions.Current,
                new CustomerBuilder().WithDisplayName($"Customer {id}").BuildFields()), actor))
            .ToList();
        Assert.Empty(await RecordWrites.ApplyBatchAsync(db, batch, tenant, writes, TimeProvider.System.GetUtcNow(), CancellationToken.None));
        await batch.SaveAsync(db, CancellationToken.None);
        await transaction.CommitAsync();
    }

    private async Task WriteAsync(string id, string actor, long expectedVersion = 0)
    {
        await using var db = await App.CreateDbContextAsync();
        var record = new CanonicalRecord(EntityType.Customer, id, SchemaVersions.Current,
            new CustomerBuilder().WithDisplayName($"Customer {id} by {actor}").BuildFields());
        var written = await RecordWrites.ApplyAsync(db, tenant, new RecordWrite(EntityType.Customer, id, expectedVersion, record, actor),
            TimeProvider.System.GetUtcNow(), CancellationToken.None);
        Assert.NotNull(written);
        await db.SaveChangesAsync();
    }

    private async Task<(List<string> Ids, string? Cursor)> ReadAsync(string actor)
    {
        var pages = await ReadPagesAsync(actor, null);
        return ([.. pages.SelectMany(p => p.Records).Select(r => r.Id)], pages.LastOrDefault()?.NextCursor);
    }

    private async Task<List<InternalPage>> ReadPagesAsync(string actor, string? cursor)
    {
        using var scope = App.Services.CreateScope();
        var tenantScope = scope.ServiceProvider.GetRequiredService<TenantScope>();
        tenantScope.Set(tenant);
        tenantScope.Actor = actor;
        var store = scope.ServiceProvider.GetRequiredService<IInternalRecordStore>();
        var pages = new List<InternalPage>();
        await foreach (var page in store.ReadPagesAsync(EntityType.Customer, cursor, CancellationToken.None))
        {
            pages.Add(page);
        }

        return pages;
    }
}
