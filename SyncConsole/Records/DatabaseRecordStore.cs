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
    /// together with its synced state) is passed over: it is the provider's change arriving, not ours to push, so its
    /// body is not even read. The cursor still moves past it.
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
            List<FeedRow> rows;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                rows = await db.Records.AsNoTracking()
                    .Where(r => r.TenantId == tenantId && r.EntityType == type && r.ChangeSeq > after)
                    .OrderBy(r => r.ChangeSeq)
                    .Take(PageSize)
                    .Select(r => new FeedRow(r.Id, r.Version, r.SchemaVersion, r.ModifiedAt, r.Deleted, r.ChangeSeq,
                        db.RecordChanges.Any(c => c.TenantId == tenantId && c.Seq == r.ChangeSeq && c.Actor == actor) ? null : r.Body))
                    .ToListAsync(cancellationToken);
            }

            if (rows.Count == 0)
            {
                yield break;
            }

            after = rows[^1].ChangeSeq;
            yield return new InternalPage([.. rows.Where(r => r.Body is not null).Select(r => ToInternal(r.ToRow(tenantId, type)))],
                after.ToString(CultureInfo.InvariantCulture));
            if (rows.Count < PageSize)
            {
                yield break;
            }
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

    /// <summary>A change feed row; <see cref="Body"/> is null for the scope's own writes, which are passed over.</summary>
    private sealed record FeedRow(string Id, long Version, int SchemaVersion, DateTimeOffset ModifiedAt, bool Deleted, long ChangeSeq, string? Body)
    {
        public RecordRow ToRow(Guid tenantId, string entityType) => new()
        {
            TenantId = tenantId,
            EntityType = entityType,
            Id = Id,
            Version = Version,
            SchemaVersion = SchemaVersion,
            Body = Body!,
            ModifiedAt = ModifiedAt,
            Deleted = Deleted,
            ChangeSeq = ChangeSeq,
        };
    }
}
