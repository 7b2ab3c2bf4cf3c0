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
        using var scope = App.Services.CreateScope();
        var tenantScope = scope.ServiceProvider.GetRequiredService<TenantScope>();
        tenantScope.Set(tenant);
        tenantScope.Actor = actor;
        var store = scope.ServiceProvider.GetRequiredService<IInternalRecordStore>();
        var ids = new List<string>();
        string? cursor = null;
        await foreach (var page in store.ReadPagesAsync(EntityType.Customer, null, CancellationToken.None))
        {
            ids.AddRange(page.Records.Select(r => r.Id));
            cursor = page.NextCursor;
        }

        return (ids, cursor);
    }
}
