using Microsoft.EntityFrameworkCore;
using SyncConsole.Api;
using SyncConsole.Audit;
using SyncConsole.Core.Orchestration;
using SyncConsole.Data;
using SyncConsole.Integrations;
using SyncConsole.Records;
using SyncConsole.SyncJobs;

namespace SyncConsole.DeadLetters;

/// <summary>Lists a tenant's dead letters and replays one: the same rules for the REST API and the console.</summary>
public sealed class DeadLetterService(
    IDbContextFactory<SyncConsoleDbContext> contexts, SyncJobService jobs, TimeProvider time)
{
    public async Task<PagedList<DeadLetterView>> ListAsync(Guid tenantId, DeadLetterFilter filter, PageRequest paging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(paging);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.DeadLetters.AsNoTracking().Where(d => d.TenantId == tenantId);
        query = filter.Status is null ? query : query.Where(d => d.Status == filter.Status);
        query = filter.EntityType is null ? query : query.Where(d => d.EntityType == filter.EntityType);
        query = filter.IntegrationId is null ? query : query.Where(d => d.IntegrationId == filter.IntegrationId);
        query = filter.Direction is null ? query : query.Where(d => d.Direction == filter.Direction);
        var total = await query.LongCountAsync(cancellationToken);
        var rows = await query.OrderByDescending(d => d.LastFailedAt).ThenBy(d => d.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return new PagedList<DeadLetterView>([.. rows.Select(DeadLetterView.From)], paging.Page, paging.PageSize, total);
    }

    public async Task<DeadLetterView?> FindAsync(Guid tenantId, string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.DeadLetters.AsNoTracking().SingleOrDefaultAsync(d => d.TenantId == tenantId && d.Id == id, cancellationToken);
        return row is null ? null : DeadLetterView.From(row);
    }

    /// <summary>
    /// Unparks the record and queues (or joins) an entity job of its type on its connection. The dead letter is marked
    /// replayed before the job is requested, so the job cannot start while the record is still parked.
    /// </summary>
    public async Task<DeadLetterReplay> ReplayAsync(Guid tenantId, string id, string actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.DeadLetters.SingleOrDefaultAsync(d => d.TenantId == tenantId && d.Id == id, cancellationToken);
        if (row is null)
        {
            return new DeadLetterReplay(DeadLetterReplayOutcome.NotFound);
        }

        if (row.Status == DeadLetterStatuses.Resolved)
        {
            return new DeadLetterReplay(DeadLetterReplayOutcome.Refused, Reason: "The dead letter is resolved: the record synced since.");
        }

        var connection = await db.Connections.AsNoTracking()
            .SingleOrDefaultAsync(c => c.TenantId == tenantId && c.Id == row.ConnectionId, cancellationToken);
        if (connection is not { Status: ConnectionStatuses.Connected })
        {
            return new DeadLetterReplay(DeadLetterReplayOutcome.Refused, Reason: $"The {row.IntegrationId} connection is not connected; reconnect it first.");
        }

        var now = time.GetUtcNow();
        var before = new { row.Status };
        row.Status = DeadLetterStatuses.Replayed;
        row.ReplayedAt = now;
        row.ReplayedBy = actor;
        db.AuditEntries.Add(AuditEntries.Create(
            tenantId, now, actor, "dead_letter.replayed", row.EntityType, row.RecordId ?? row.ExternalId, before, new { row.Status, dead_letter_id = row.Id }));
        await db.SaveChangesAsync(cancellationToken);

        var job = await jobs.RequestAsync(
            new SyncJobRequestInput(tenantId, row.ConnectionId, row.IntegrationId, SyncJobType.Entity, [RecordWrites.ParseType(row.EntityType)], false, "manual", actor),
            cancellationToken);
        row.ReplayJobId = job.Id;
        await db.SaveChangesAsync(cancellationToken);
        return new DeadLetterReplay(DeadLetterReplayOutcome.Queued, DeadLetterView.From(row), job.Id);
    }
}
