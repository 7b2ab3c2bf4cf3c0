using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Core.Schema;
using SyncConsole.Data;

namespace SyncConsole.Records;

/// <summary>
/// The one way a record changes, for the REST API and for inbound syncs alike: version check, new version, change
/// log entry, all in the caller's transaction (the caller commits).
/// </summary>
internal static class RecordWrites
{
    /// <summary>Writes (or, with a null record, deletes) one record. Returns the new row, or null on a version mismatch.</summary>
    public static async Task<RecordRow?> ApplyAsync(
        SyncConsoleDbContext db, Guid tenantId, RecordWrite write, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var type = write.EntityType.ToWireName();
        var row = await db.Records.SingleOrDefaultAsync(r => r.TenantId == tenantId && r.EntityType == type && r.Id == write.Id, cancellationToken);
        var current = row?.Version ?? 0;
        if (write.ExpectedVersion is { } expected && expected != current)
        {
            return null;
        }

        if (write.Record is null && (row is null || row.Deleted))
        {
            return row;
        }

        var seq = await ReserveSequenceAsync(db, tenantId, cancellationToken);
        var operation = write.Record is null ? RecordOperation.Deleted : row is null || row.Deleted ? RecordOperation.Created : RecordOperation.Updated;
        if (row is null)
        {
            row = new RecordRow { TenantId = tenantId, EntityType = type, Id = write.Id, Body = "{}" };
            db.Records.Add(row);
        }

        row.Version = current + 1;
        row.ModifiedAt = now;
        row.ChangeSeq = seq;
        row.Deleted = write.Record is null;
        if (write.Record is { } record)
        {
            row.SchemaVersion = record.SchemaVersion;
            row.Body = CanonicalJson.ToJson(record.WithId(write.Id)).ToJsonString();
        }

        db.RecordChanges.Add(new RecordChangeRow
        {
            TenantId = tenantId,
            Seq = seq,
            EntityType = type,
            RecordId = write.Id,
            Operation = operation,
            Version = row.Version,
            ChangedAt = now,
            Actor = write.Actor,
        });
        return row;
    }

    public static CanonicalRecord ToCanonical(RecordRow row)
    {
        using var body = JsonDocument.Parse(row.Body);
        return CanonicalJson.FromJson(ParseType(row.EntityType), body.RootElement);
    }

    public static EntityType ParseType(string wireName) =>
        EntityTypes.TryParse(wireName, out var type) ? type.Value : throw new InvalidOperationException($"Unknown entity type '{wireName}' in the database.");

    // Increments the tenant's counter in the caller's transaction (see RecordSequenceRow for why).
    private static async Task<long> ReserveSequenceAsync(SyncConsoleDbContext db, Guid tenantId, CancellationToken cancellationToken)
    {
        var updated = await db.RecordSequences.Where(s => s.TenantId == tenantId)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.LastSeq, s => s.LastSeq + 1), cancellationToken);
        if (updated == 0)
        {
            db.RecordSequences.Add(new RecordSequenceRow { TenantId = tenantId, LastSeq = 1 });
            await db.SaveChangesAsync(cancellationToken);
            return 1;
        }

        return await db.RecordSequences.Where(s => s.TenantId == tenantId).Select(s => s.LastSeq).SingleAsync(cancellationToken);
    }
}
