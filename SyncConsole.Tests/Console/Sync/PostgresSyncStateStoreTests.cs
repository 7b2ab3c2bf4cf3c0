using Microsoft.EntityFrameworkCore;
using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;
using SyncConsole.Data;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Sync;

[Trait("Category", TestCategories.Postgres)]
public sealed class PostgresSyncStateStoreTests() : SyncStateStoreSuite(DatabaseProvider.Postgres)
{
    [Fact]
    public async Task CommitBatchAsync_AJobsWritesReachAThousand_TheirTablesAreAnalyzed()
    {
        using var scope = StoreScope(out var store);
        var page = Enumerable.Range(0, 1000)
            .Select(i => Pull(SyncState.New(Connection, EntityType.Customer, $"r-{i}", $"{i}"), 0, $"Customer {i}"))
            .ToList();

        await store.CommitBatchAsync(page[..999], CancellationToken.None);
        Assert.Empty(await AnalyzedAsync());
        await store.CommitBatchAsync(page[999..], CancellationToken.None);

        Assert.Equal(["record_changes", "records", "sync_states"], await AnalyzedAsync());
        // A rough sample: at most 11 histogram bounds (statistics target 10) where the default target keeps up to 101.
        Assert.InRange(await HistogramBoundsAsync("records", "id"), 2, 11);
        // Indexed columns only: sorting the JSON bodies for their statistics cost more than the rest together.
        Assert.Equal(0, await ColumnsWithStatisticsAsync("records", "body"));
        Assert.Equal(0, await ColumnsWithStatisticsAsync("sync_states", "base"));
        Assert.Equal(1, await ColumnsWithStatisticsAsync("sync_states", "external_id"));
    }

    private async Task<int> ColumnsWithStatisticsAsync(string table, string column)
    {
        await using var db = await App.CreateDbContextAsync();
        return await db.Database.SqlQueryRaw<int>(
                "SELECT count(*)::int AS \"Value\" FROM pg_stats WHERE tablename = {0} AND attname = {1}", table, column)
            .SingleAsync();
    }

    private async Task<int> HistogramBoundsAsync(string table, string column)
    {
        await using var db = await App.CreateDbContextAsync();
        return await db.Database.SqlQueryRaw<int>(
                "SELECT cardinality(histogram_bounds::text::text[]) AS \"Value\" FROM pg_stats WHERE tablename = {0} AND attname = {1}", table, column)
            .SingleAsync();
    }

    private async Task<List<string>> AnalyzedAsync()
    {
        await using var db = await App.CreateDbContextAsync();
        return await db.Database.SqlQueryRaw<string>(
                "SELECT relname AS \"Value\" FROM pg_stat_user_tables WHERE last_analyze IS NOT NULL AND relname IN ('records', 'record_changes', 'sync_states') ORDER BY relname")
            .ToListAsync();
    }
}
