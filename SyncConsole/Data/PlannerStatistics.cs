using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SyncConsole.Records;
using SyncConsole.Sync;

namespace SyncConsole.Data;

/// <summary>
/// Keeps PostgreSQL's planner statistics of the tables a sync job grows up to date while it grows them. Autovacuum
/// analyzes a table at most once a minute; until then the planner believes a fresh table is nearly empty and looks a
/// page's records and states up by filtering every row of the tenant (an index on the tenant, not the key), so a first
/// full sync slows down with every page. Analyzing whenever the job's writes have doubled (1,000, 2,000, 4,000, ...)
/// costs a few samplings per job and keeps the lookups on their keys. Best effort: the rows are committed already, so a
/// failed ANALYZE is logged, not thrown (a database user that does not own the tables only gets a notice from
/// PostgreSQL). One instance per job.
/// <para>
/// The sample is a rough one (statistics target 10: 3,000 rows instead of 30,000), of the indexed columns only. That is
/// all the planner needs to see that a table is big and its keys distinct. The JSON columns are left out: sorting
/// thousands of JSON values for their statistics made an analysis cost about 130 ms instead of about 40 ms, and a full
/// load analyzes about 7 times, on its critical path. Autovacuum refines the statistics later, of every column.
/// </para>
/// </summary>
internal sealed partial class PlannerStatistics(ILogger logger)
{
    private const long FirstAnalyzeAt = 1_000;
    private const string RoughSample = "SET LOCAL default_statistics_target = 10";
    private long _written;
    private long _nextAnalyzeAt = FirstAnalyzeAt;

    /// <summary>Counts <paramref name="rows"/> records (with their change-log entries) and states written (committed) and analyzes their tables when due.</summary>
    public async Task WrittenAsync(SyncConsoleDbContext db, int rows, CancellationToken cancellationToken)
    {
        _written += rows;
        if (_written < _nextAnalyzeAt || !db.Database.IsNpgsql())
        {
            return;
        }

        _nextAnalyzeAt = _written * 2;
        // Table and column names from the model, not from input.
        var analyze = "ANALYZE " + string.Join(", ", new[] { typeof(RecordRow), typeof(RecordChangeRow), typeof(SyncStateRow) }.Select(t => IndexedColumns(db.Model.FindEntityType(t)!)));
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync(RoughSample, cancellationToken);
            await db.Database.ExecuteSqlRawAsync(analyze, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            LogAnalyzeFailed(logger, ex, _written);
        }
    }

    /// <summary>The table with the columns of its primary key and indexes: <c>"table" ("a", "b")</c>.</summary>
    private static string IndexedColumns(IEntityType table)
    {
        var store = StoreObjectIdentifier.Table(table.GetTableName()!, table.GetSchema());
        var columns = table.GetIndexes().SelectMany(i => i.Properties).Concat(table.FindPrimaryKey()!.Properties)
            .Select(p => $"\"{p.GetColumnName(store)}\"")
            .Distinct();
        return $"\"{store.Name}\" ({string.Join(", ", columns)})";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not refresh the planner statistics after {Written} rows written; lookups may slow down until autovacuum analyzes the tables.")]
    private static partial void LogAnalyzeFailed(ILogger logger, Exception exception, long written);
}
