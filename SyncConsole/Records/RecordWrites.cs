using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Core.Schema;
using SyncConsole.Data;

namespace SyncConsole.Records;

/// <summary>
/// The one way a record changes, for the REST API and for inbound syncs alike: version check, new version, change
/// log entry, all in the caller's transaction (the caller commits).
/// <para>
/// A write first takes the tenant's write lock (the row of its change-log counter, held until the caller commits) and
/// only then reads the rows it checks. Read first, two writers of one record at the same version would both pass the
/// check, and the second would overwrite the first (a lost update) once the first committed.
/// </para>
/// </summary>
internal static class RecordWrites
{
    /// <summary>Writes (or, with a null record, deletes) one record. Returns the new row, or null on a version mismatch.</summary>
    public static async Task<RecordRow?> ApplyAsync(
        SyncConsoleDbContext db, Guid tenantId, RecordWrite write, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await LockTenantAsync(db, tenantId, cancellationToken);
        var type = write.EntityType.ToWireName();
        var row = await db.Records.SingleOrDefaultAsync(r => r.TenantId == tenantId && r.EntityType == type && r.Id == write.Id, cancellationToken);
        if (!Accepts(row, write))
        {
            return null;
        }

        if (IsNoOp(row, write))
        {
            return row;
        }

        var seq = await ReserveSequencesAsync(db, tenantId, 1, cancellationToken);
        var (written, change) = Apply(tenantId, row, write, seq, now);
        if (row is null)
        {
            db.Records.Add(written);
        }

        db.RecordChanges.Add(change);
        return written;
    }

    /// <summary>
    /// Writes many records (of one sync page) with one read of the existing rows and one sequence reservation. Returns
    /// the indexes of the writes refused for their version; the others go into <paramref name="batch"/>, which the
    /// caller saves in the transaction that reserved their sequence numbers.
    /// </summary>
    public static async Task<IReadOnlySet<int>> ApplyBatchAsync(
        SyncConsoleDbContext db, RowBatch batch, Guid tenantId, IReadOnlyList<RecordWrite> writes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await LockTenantAsync(db, tenantId, cancellationToken);
        var ids = writes.Select(w => w.Id).Distinct().ToList();
        var types = writes.Select(w => w.EntityType.ToWireName()).Distinct().ToList();
        var rows = await db.Records.AsNoTracking()
            .Where(r => r.TenantId == tenantId && types.Contains(r.EntityType) && ids.Contains(r.Id))
            .ToDictionaryAsync(r => (r.EntityType, r.Id), cancellationToken);
        var refused = new HashSet<int>();
        var applied = new List<(RecordRow? Row, RecordWrite Write)>();
        for (var i = 0; i < writes.Count; i++)
        {
            var row = rows.GetValueOrDefault((writes[i].EntityType.ToWireName(), writes[i].Id));
            if (!Accepts(row, writes[i]))
            {
                refused.Add(i);
            }
            else if (!IsNoOp(row, writes[i]))
            {
                applied.Add((row, writes[i]));
            }
        }

        if (applied.Count > 0)
        {
            var first = await ReserveSequencesAsync(db, tenantId, applied.Count, cancellationToken);
            for (var i = 0; i < applied.Count; i++)
            {
                var (written, change) = Apply(tenantId, applied[i].Row, applied[i].Write, first + i, now);
                batch.Add(written, existing: applied[i].Row is not null);
                batch.Add(change);
            }
        }

        return refused;
    }

    /// <summary>The write with its record serialized now (<see cref="RecordWrite.Body"/>).</summary>
    public static RecordWrite Prepared(RecordWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        return write.Record is { } record ? write with { Body = BodyOf(write.Id, record) } : write;
    }

    public static CanonicalRecord ToCanonical(RecordRow row)
    {
        using var body = JsonDocument.Parse(row.Body);
        return CanonicalJson.FromJson(ParseType(row.EntityType), body.RootElement);
    }

    public static EntityType ParseType(string wireName) =>
        EntityTypes.TryParse(wireName, out var type) ? type.Value : throw new InvalidOperationException($"Unknown entity type '{wireName}' in the database.");

    private static string BodyOf(string id, CanonicalRecord record) => CanonicalJson.ToJsonString(record.WithId(id));

    private static bool Accepts(RecordRow? row, RecordWrite write) => write.ExpectedVersion is not { } expected || expected == (row?.Version ?? 0);

    // Deleting what is already gone changes nothing and takes no sequence number.
    private static bool IsNoOp(RecordRow? row, RecordWrite write) => write.Record is null && (row is null || row.Deleted);

    /// <summary>The record after the write (<paramref name="row"/> itself, changed, when there was one) and its change-log entry.</summary>
    private static (RecordRow Row, RecordChangeRow Change) Apply(Guid tenantId, RecordRow? row, RecordWrite write, long seq, DateTimeOffset now)
    {
        var operation = write.Record is null ? RecordOperation.Deleted : row is null || row.Deleted ? RecordOperation.Created : RecordOperation.Updated;
        var current = row?.Version ?? 0;
        if (row is null)
        {
            row = new RecordRow { TenantId = tenantId, EntityType = write.EntityType.ToWireName(), Id = write.Id, Body = "{}" };
        }

        row.Version = current + 1;
        row.ModifiedAt = now;
        row.ChangeSeq = seq;
        row.Deleted = write.Record is null;
        if (write.Record is { } record)
        {
            row.SchemaVersion = record.SchemaVersion;
            row.Body = write.Body ?? BodyOf(write.Id, record);
        }

        return (row, new RecordChangeRow
        {
            TenantId = tenantId,
            Seq = seq,
            EntityType = row.EntityType,
            RecordId = write.Id,
            Operation = operation,
            Version = row.Version,
            ChangedAt = now,
            Actor = write.Actor,
        });
    }

    /// <summary>
    /// Takes the tenant's write lock for the caller's transaction: reads made after it see every write committed before
    /// it, and no other writer of the tenant can commit until the caller does. Callers that read the record before
    /// writing it (for an audit entry) take it before that read.
    /// </summary>
    public static async Task LockTenantAsync(SyncConsoleDbContext db, Guid tenantId, CancellationToken cancellationToken)
    {
        if (await LockCounterAsync(db, tenantId, cancellationToken))
        {
            return;
        }

        // The tenant's first write: the new row is the lock. A concurrent first writer waits on its key and, once the
        // first commits, fails on it; SaveChanges rolls its own savepoint back, so the transaction goes on and locks the
        // row that now exists instead.
        var counter = db.RecordSequences.Add(new RecordSequenceRow { TenantId = tenantId, LastSeq = 0 });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            counter.State = EntityState.Detached;
            if (!await LockCounterAsync(db, tenantId, cancellationToken))
            {
                throw;
            }
        }
    }

    /// <summary>Locks the tenant's counter row with a no-op update; false when the tenant has none yet.</summary>
    private static async Task<bool> LockCounterAsync(SyncConsoleDbContext db, Guid tenantId, CancellationToken cancellationToken) =>
        await db.RecordSequences.Where(s => s.TenantId == tenantId)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.LastSeq, s => s.LastSeq), cancellationToken) > 0;

    /// <summary>
    /// Takes <paramref name="count"/> consecutive numbers of the tenant's counter in the caller's transaction (see
    /// <see cref="RecordSequenceRow"/> for why) and returns the first.
    /// </summary>
    private static async Task<long> ReserveSequencesAsync(SyncConsoleDbContext db, Guid tenantId, int count, CancellationToken cancellationToken)
    {
        await db.RecordSequences.Where(s => s.TenantId == tenantId)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.LastSeq, s => s.LastSeq + count), cancellationToken);
        var last = await db.RecordSequences.Where(s => s.TenantId == tenantId).Select(s => s.LastSeq).SingleAsync(cancellationToken);
        return last - count + 1;
    }
}
