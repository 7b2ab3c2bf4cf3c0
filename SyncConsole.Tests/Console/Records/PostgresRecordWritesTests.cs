using Microsoft.EntityFrameworkCore;
using SyncConsole.Core.Schema;
using SyncConsole.Data;
using SyncConsole.Records;
using SyncConsole.Tests.Core.Builders;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Records;

/// <summary>
/// Two writers of one record at the same version, interleaved on PostgreSQL: the second waits for the first to commit
/// and is refused, instead of overwriting it (a lost update). Two first writers of a new tenant: the second waits for
/// the first, then writes.
/// </summary>
[Trait("Category", TestCategories.Postgres)]
public sealed class PostgresRecordWritesTests() : AppTest(DatabaseProvider.Postgres)
{
    private readonly Guid tenant = Guid.NewGuid();

    [Fact]
    public async Task ApplyAsync_ASecondWriterAtTheSameVersion_WaitsForTheFirstAndIsRefused()
    {
        await WriteAloneAsync(Write("original", expectedVersion: 0));

        RecordRow? second = null;

        var first = await RaceAsync(
            db => RecordWrites.ApplyAsync(db, tenant, Write("first", 1), Now, CancellationToken.None),
            async db => second = await RecordWrites.ApplyAsync(db, tenant, Write("second", 1), Now, CancellationToken.None));

        Assert.NotNull(first);
        Assert.Null(second);
        await AssertStoredAsync("Customer first", 2);
    }

    [Fact]
    public async Task ApplyBatchAsync_ASyncPageWritingARecordAnotherWriterHolds_WaitsForItAndRefusesTheRecord()
    {
        await WriteAloneAsync(Write("original", expectedVersion: 0));
        IReadOnlySet<int>? refused = null;

        var first = await RaceAsync(
            db => RecordWrites.ApplyAsync(db, tenant, Write("by the API", 1), Now, CancellationToken.None),
            async db => refused = await RecordWrites.ApplyBatchAsync(db, new RowBatch(), tenant, [Write("by a sync", 1)], Now, CancellationToken.None));

        Assert.NotNull(first);
        Assert.Equal([0], refused!);
        await AssertStoredAsync("Customer by the API", 2);
    }

    [Fact]
    public async Task ApplyAsync_TwoFirstWritesOfANewTenantAtOnce_TheSecondWaitsAndThenWrites()
    {
        RecordRow? second = null;

        var first = await RaceAsync(
            db => RecordWrites.ApplyAsync(db, tenant, Write("first", 0, id: "a"), Now, CancellationToken.None),
            async db => second = await RecordWrites.ApplyAsync(db, tenant, Write("second", 0, id: "b"), Now, CancellationToken.None));

        Assert.Equal(1, first!.ChangeSeq);
        Assert.Equal(2, second!.ChangeSeq);
        await AssertStoredAsync("Customer first", 1);
        await AssertStoredAsync("Customer second", 1, id: "b");
    }

    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    private static RecordWrite Write(string name, long expectedVersion, string id = "a") => new(EntityType.Customer, id, expectedVersion,
        new CanonicalRecord(EntityType.Customer, id, SchemaVersions.Current, new CustomerBuilder().WithDisplayName($"Customer {name}").BuildFields()),
        "user-1");

    /// <summary>
    /// The first writer writes in its transaction; the second starts while the first holds it open; then the first
    /// commits, and the second (which must not have finished before) is let finish and commit. Returns the first's row.
    /// </summary>
    private async Task<RecordRow?> RaceAsync(Func<SyncConsoleDbContext, Task<RecordRow?>> firstWrite, Func<SyncConsoleDbContext, Task> secondWrite)
    {
        await using var firstDb = await App.CreateDbContextAsync();
        await using var secondDb = await App.CreateDbContextAsync();
        await using var firstTransaction = await firstDb.Database.BeginTransactionAsync();
        var first = await firstWrite(firstDb);
        await firstDb.SaveChangesAsync();
        await using var secondTransaction = await secondDb.Database.BeginTransactionAsync();
        var second = Task.Run(() => secondWrite(secondDb));
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        Assert.False(second.IsCompleted, "The second writer went ahead while the first held the record.");

        await firstTransaction.CommitAsync();
        await second;
        await secondDb.SaveChangesAsync();
        await secondTransaction.CommitAsync();
        return first;
    }

    private async Task WriteAloneAsync(RecordWrite write)
    {
        await using var db = await App.CreateDbContextAsync();
        Assert.NotNull(await RecordWrites.ApplyAsync(db, tenant, write, Now, CancellationToken.None));
        await db.SaveChangesAsync();
    }

    private async Task AssertStoredAsync(string displayName, long version, string id = "a")
    {
        await using var db = await App.CreateDbContextAsync();
        var row = await db.Records.AsNoTracking().SingleAsync(r => r.TenantId == tenant && r.Id == id);
        Assert.Contains(displayName, row.Body, StringComparison.Ordinal);
        Assert.Equal(version, row.Version);
    }
}
