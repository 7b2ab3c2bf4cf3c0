using Microsoft.EntityFrameworkCore;
using SyncConsole.Audit;
using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Orchestration;
using SyncConsole.Data;
using SyncConsole.Records;
using SyncConsole.SyncJobs;

namespace SyncConsole.Sync;

/// <summary>
/// Records a person's choices on a conflict (audited), then queues a job for that record's entity: Core applies the
/// choices to both sides and marks the conflict applied. The same service serves the API and the console.
/// </summary>
public sealed partial class ConflictResolver(IDbContextFactory<SyncConsoleDbContext> contexts, SyncJobService jobs, TimeProvider time)
{
    public async Task<ConflictView?> FindAsync(Guid tenantId, string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await (from c in db.Conflicts.AsNoTracking()
                         join k in db.Connections.AsNoTracking() on c.ConnectionId equals k.Id
                         where c.TenantId == tenantId && c.Id == id
                         select new { Conflict = c, k.IntegrationId }).SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : ConflictView.From(row.Conflict, row.IntegrationId);
    }

    /// <summary>Resolves with Core's rules; returns the field errors instead when the choices do not settle the conflict.</summary>
    public async Task<(ConflictView? Resolved, IReadOnlyDictionary<string, IReadOnlyList<string>> Errors)> ResolveAsync(
        Guid tenantId, string id, IReadOnlyDictionary<string, ConflictChoice> choices, string actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Conflicts.SingleAsync(c => c.TenantId == tenantId && c.Id == id, cancellationToken);
        var (resolved, errors) = ConflictResolution.Resolve(DatabaseConflictStore.ToConflict(row), choices, actor, now);
        if (resolved is null)
        {
            return (null, errors);
        }

        var connection = await db.Connections.AsNoTracking().SingleAsync(c => c.Id == row.ConnectionId, cancellationToken);
        var before = ConflictView.From(row, connection.IntegrationId);
        row.Status = resolved.Status.ToString();
        row.ChoicesJson = SyncJson.Write(resolved.Choices);
        row.ResolvedBy = resolved.ResolvedBy;
        row.ResolvedAt = resolved.ResolvedAt;
        row.Applied = false;
        var after = ConflictView.From(row, connection.IntegrationId);
        db.AuditEntries.Add(AuditEntries.Create(tenantId, now, actor, "conflict.resolved", row.EntityType, row.RecordId, before, after));
        await db.SaveChangesAsync(cancellationToken);
        await jobs.RequestAsync(new SyncJobRequestInput(
            tenantId, connection.Id, connection.IntegrationId, SyncJobType.Entity, [RecordWrites.ParseType(row.EntityType)], false, "manual", actor),
            cancellationToken);
        return (after, errors);
    }
}
