using Microsoft.EntityFrameworkCore;
using SyncConsole.Audit;
using SyncConsole.Data;

namespace SyncConsole.Records;

/// <summary>What happened to one record: its change log (every version, by whom) and its audit entries, newest first.</summary>
internal static class RecordHistory
{
    /// <summary>The latest <paramref name="limit"/> entries of each.</summary>
    public static async Task<(IReadOnlyList<RecordChangeRow> Changes, IReadOnlyList<AuditItem> Audit)> ReadAsync(
        IDbContextFactory<SyncConsoleDbContext> contexts, Guid tenantId, string entityType, string recordId, int limit,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var changes = await db.RecordChanges.AsNoTracking()
            .Where(c => c.TenantId == tenantId && c.EntityType == entityType && c.RecordId == recordId)
            .OrderByDescending(c => c.Seq)
            .Take(limit)
            .ToListAsync(cancellationToken);
        var audit = await db.AuditEntries.AsNoTracking()
            .Where(a => a.TenantId == tenantId && a.EntityType == entityType && a.RecordId == recordId)
            .OrderByDescending(a => a.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return (changes, [.. audit.Select(AuditItem.From)]);
    }
}
