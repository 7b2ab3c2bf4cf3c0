using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;
using SyncConsole.Data;
using SyncConsole.DeadLetters;
using SyncConsole.Notifications;
using SyncConsole.Records;
using SyncConsole.SyncJobs;
using SyncConsole.Tenancy;

namespace SyncConsole.Sync;

/// <summary>
/// Core's sync state on the database, for the scope's tenant. <see cref="CommitAsync"/> writes the record, its state
/// and the decision's per-record results in one transaction, so a crash between them cannot leave a record changed but
/// not marked synced (or the reverse), nor a decision kept without its evidence.
/// </summary>
internal sealed partial class DatabaseSyncStateStore(
    IDbContextFactory<SyncConsoleDbContext> contexts, TenantScope scope, NotificationSignal notifications, TimeProvider time,
    ILogger<DatabaseSyncStateStore> logger) : ISyncStateStore
{
    // Besides Core's failed and conflict: records a provider webhook named (pending inbound). Webhooks carry no field
    // values, so the next job re-reads exactly those records by id, whether or not its change feed shows them.
    private static readonly string[] UnsettledStatuses =
        [RecordSyncStatus.Failed.ToWireName(), RecordSyncStatus.Conflict.ToWireName(), RecordSyncStatus.PendingInbound.ToWireName()];

    public Task<SyncState?> FindByInternalIdAsync(string connectionId, EntityType entityType, string internalId, CancellationToken cancellationToken) =>
        FindAsync(connectionId, entityType, s => s.InternalId == internalId, cancellationToken);

    public Task<SyncState?> FindByExternalIdAsync(string connectionId, EntityType entityType, string externalId, CancellationToken cancellationToken) =>
        FindAsync(connectionId, entityType, s => s.ExternalId == externalId, cancellationToken);

    public async IAsyncEnumerable<SyncState> ListUnsettledAsync(
        string connectionId, EntityType entityType, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var tenantId = scope.TenantId;
        var type = entityType.ToWireName();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = db.SyncStates.AsNoTracking()
            .Where(s => s.TenantId == tenantId && s.ConnectionId == connectionId && s.EntityType == type)
            .Where(s => UnsettledStatuses.Contains(s.Status) || s.PendingWriteJson != null)
            // A dead-lettered record is parked until someone replays it.
            .Where(s => !db.DeadLetters.Any(d => d.TenantId == tenantId && d.ConnectionId == connectionId && d.StateId == s.StateId && d.Status == DeadLetterStatuses.Open))
            .OrderBy(s => s.StateId)
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return SyncStateMapping.ToState(row);
        }
    }

    public async Task SaveAsync(SyncState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await UpsertAsync(db, state, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task CommitAsync(SyncCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var notified = false;
        if (commit.Write is { } write)
        {
            var now = time.GetUtcNow();
            var written = await RecordWrites.ApplyAsync(
                db, scope.TenantId, new RecordWrite(write.EntityType, write.Id, write.ExpectedVersion, write.Record, scope.Actor),
                now, cancellationToken);
            if (written is null)
            {
                throw new SyncConcurrencyException(
                    $"{write.EntityType.ToWireName()} {write.Id} changed since version {write.ExpectedVersion}; it will be merged on the next pass.");
            }

            // The application's notification commits with the inbound change (outbox), never without it.
            notified = await NotificationOutbox.EnqueueAsync(db, scope.TenantId, commit.State.ConnectionId, written, now, cancellationToken);
        }

        if (commit.RetiredStateIds.Count > 0)
        {
            var tenantId = scope.TenantId;
            await db.SyncStates.Where(s => s.TenantId == tenantId && commit.RetiredStateIds.Contains(s.StateId))
                .ExecuteDeleteAsync(cancellationToken);
        }

        await UpsertAsync(db, commit.State, cancellationToken);
        db.SyncJobResults.AddRange(ResultRows([commit]));
        await ResolveReplayedLettersAsync(db, [commit], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (notified)
        {
            notifications.Pulse();
        }
    }

    public async Task<string?> GetCursorAsync(string connectionId, EntityType entityType, CursorSide side, CancellationToken cancellationToken)
    {
        var tenantId = scope.TenantId;
        var (type, sideName) = (entityType.ToWireName(), SyncStateMapping.ToWireName(side));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SyncCursors.AsNoTracking()
            .Where(c => c.TenantId == tenantId && c.ConnectionId == connectionId && c.EntityType == type && c.Side == sideName)
            .Select(c => c.Cursor)
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task SaveCursorAsync(string connectionId, EntityType entityType, CursorSide side, string cursor, CancellationToken cancellationToken)
    {
        var tenantId = scope.TenantId;
        var (type, sideName) = (entityType.ToWireName(), SyncStateMapping.ToWireName(side));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.SyncCursors.SingleOrDefaultAsync(
            c => c.TenantId == tenantId && c.ConnectionId == connectionId && c.EntityType == type && c.Side == sideName, cancellationToken);
        if (row is null)
        {
            db.SyncCursors.Add(new SyncCursorRow
            {
                TenantId = tenantId,
                ConnectionId = connectionId,
                EntityType = type,
                Side = sideName,
                Cursor = cursor,
                UpdatedAt = time.GetUtcNow(),
            });
        }
        else
        {
            row.Cursor = cursor;
            row.UpdatedAt = time.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<SyncState?> FindAsync(
        string connectionId, EntityType entityType, System.Linq.Expressions.Expression<Func<SyncStateRow, bool>> key, CancellationToken cancellationToken)
    {
        var tenantId = scope.TenantId;
        var type = entityType.ToWireName();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.SyncStates.AsNoTracking()
            .Where(s => s.TenantId == tenantId && s.ConnectionId == connectionId && s.EntityType == type)
            .Where(key)
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : SyncStateMapping.ToState(row);
    }

    /// <summary>The commits' per-record result rows (of the commits a job decided).</summary>
    private List<SyncJobResultRow> ResultRows(IReadOnlyList<SyncCommit> commits) =>
        [.. commits.Where(c => c.JobId is not null).SelectMany(c => c.Results.Select(r => SyncJobResultRow.From(scope.TenantId, c.JobId!, r)))];

    /// <summary>Settles, in the caller's transaction, the replayed dead letters whose records the commits' results now show synced.</summary>
    private async Task ResolveReplayedLettersAsync(SyncConsoleDbContext db, IReadOnlyList<SyncCommit> commits, CancellationToken cancellationToken)
    {
        foreach (var connection in commits.Where(c => c.JobId is not null && c.Results.Count > 0).GroupBy(c => c.State.ConnectionId))
        {
            await ReplayedLetters.ResolveAsync(db, scope.TenantId, connection.Key, connection.SelectMany(c => c.Results), time.GetUtcNow(), cancellationToken);
        }
    }

    /// <summary>The state's row, read tracked, updated or added to <paramref name="db"/>.</summary>
    private async Task UpsertAsync(SyncConsoleDbContext db, SyncState state, CancellationToken cancellationToken)
    {
        var row = await db.SyncStates.SingleOrDefaultAsync(s => s.StateId == state.StateId, cancellationToken);
        if (row is null)
        {
            db.SyncStates.Add(Upsert(row, state));
        }
        else
        {
            Upsert(row, state);
        }
    }

    /// <summary>The state's row: <paramref name="row"/> (the stored one) updated, or a new row when there is none.</summary>
    private SyncStateRow Upsert(SyncStateRow? row, SyncState state)
    {
        if (row is null)
        {
            row = new SyncStateRow
            {
                StateId = state.StateId,
                TenantId = scope.TenantId,
                ConnectionId = state.ConnectionId,
                EntityType = state.EntityType.ToWireName(),
                Status = state.Status.ToWireName(),
            };
        }
        else if (row.TenantId != scope.TenantId)
        {
            throw new InvalidOperationException("A sync state of another tenant cannot be written.");
        }

        SyncStateMapping.CopyTo(state, row, time.GetUtcNow());
        return row;
    }
}
