using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.Data;
using SyncConsole.Tenancy;

namespace SyncConsole.Records;

/// <summary>
/// Core's view of the application's records, for the scope's tenant. Pages stream in change-log order, one short
/// query per page, so a sync never holds the whole data set in memory.
/// </summary>
internal sealed class DatabaseRecordStore(IDbContextFactory<SyncConsoleDbContext> contexts, TenantScope tenant) : IInternalRecordStore
{
    public const int PageSize = 500;

    /// <summary>
    /// Our change feed. A record whose latest change this scope's actor made (the running job's own write, committed
    /// together with its synced state) is passed over in the database: it is the provider's change arriving, not ours to
    /// push. The cursor still moves past it: every change up to the newest one of the type read first is committed
    /// (sequence numbers are handed out under a row lock held until commit), so a short page ends the feed at that one.
    /// </summary>
    public async IAsyncEnumerable<InternalPage> ReadPagesAsync(
        EntityType entityType, string? cursor, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var tenantId = tenant.TenantId;
        var actor = tenant.Actor;
        var type = entityType.ToWireName();
        var after = cursor is null ? 0 : long.Parse(cursor, CultureInfo.InvariantCulture);
        while (true)
        {
            long newest;
            List<RecordRow> rows;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                newest = await db.Records.Where(r => r.TenantId == tenantId && r.EntityType == type)
                    .MaxAsync(r => (long?)r.ChangeSeq, cancellationToken) ?? after;
                rows = await db.Records.AsNoTracking()
                    .Where(r => r.TenantId == tenantId && r.EntityType == type && r.ChangeSeq > after && r.ChangeSeq <= newest)
                    // The latest change's actor, as a scalar subquery: looked up by key row by row. (A NOT EXISTS becomes
                    // an anti-join, which the planner may run as a nested loop over the whole change log while the
                    // job's own writes have outrun the table's statistics.)
                    .Where(r => (db.RecordChanges.Where(c => c.TenantId == tenantId && c.Seq == r.ChangeSeq).Select(c => c.Actor).FirstOrDefault() ?? string.Empty) != actor)
                    .OrderBy(r => r.ChangeSeq)
                    .Take(PageSize)
                    .ToListAsync(cancellationToken);
            }

            var full = rows.Count == PageSize;
            var reached = full ? rows[^1].ChangeSeq : newest;
            if (reached > after)
            {
                yield return new InternalPage([.. rows.Select(ToInternal)], reached.ToString(CultureInfo.InvariantCulture));
            }

            if (!full)
            {
                yield break;
            }

            after = reached;
        }
    }

    public async Task<InternalRecord?> GetAsync(EntityType entityType, string id, CancellationToken cancellationToken)
    {
        var tenantId = tenant.TenantId;
        var type = entityType.ToWireName();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Records.AsNoTracking()
            .SingleOrDefaultAsync(r => r.TenantId == tenantId && r.EntityType == type && r.Id == id, cancellationToken);
        return row is null ? null : ToInternal(row);
    }

    public async IAsyncEnumerable<InternalRecord> FindAsync(MatchCriteria criteria, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var tenantId = tenant.TenantId;
        var type = criteria.EntityType.ToWireName();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Records.AsNoTracking().Where(r => r.TenantId == tenantId && r.EntityType == type && !r.Deleted);
        // Narrow in the database by the text of each string key; the exact, normalized comparison happens below.
        foreach (var text in criteria.Values.Select(v => v.Value.Json).Where(j => j.ValueKind == JsonValueKind.String))
        {
            var needle = text.GetString()!.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL lower(); the comparison runs in the database.
            query = query.Where(r => r.Body.ToLower().Contains(needle));
#pragma warning restore CA1304, CA1311, CA1862
        }

        await foreach (var row in query.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var record = ToInternal(row);
            if (record.Record is { } canonical && criteria.IsSatisfiedBy(canonical.Fields))
            {
                yield return record;
            }
        }
    }

    private static InternalRecord ToInternal(RecordRow row) =>
        new(RecordWrites.ParseType(row.EntityType), row.Id, row.Version, row.ModifiedAt, row.Deleted, row.Deleted ? null : RecordWrites.ToCanonical(row));
}
