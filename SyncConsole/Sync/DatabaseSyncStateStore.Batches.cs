using Microsoft.EntityFrameworkCore;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;
using SyncConsole.Data;
using SyncConsole.Notifications;
using SyncConsole.Records;

namespace SyncConsole.Sync;

/// <summary>A sync page at a time: one read of the page's states, one transaction for its commits.</summary>
internal sealed partial class DatabaseSyncStateStore
{
    // The last "no unlinked record of ours" answer per connection and entity type, with the change-log position it
    // was true at (the store is scoped to one job).
    private readonly Dictionary<(string Connection, string EntityType), long> _allLinkedAt = [];
    private readonly PlannerStatistics _statistics = new(logger);

    public Task<IReadOnlyDictionary<string, SyncState>> FindByExternalIdsAsync(
        string connectionId, EntityType entityType, IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken) =>
        FindManyAsync(connectionId, entityType, externalIds, s => externalIds.Contains(s.ExternalId!), s => s.ExternalId!, cancellationToken);

    public Task<IReadOnlyDictionary<string, SyncState>> FindByInternalIdsAsync(
        string connectionId, EntityType entityType, IReadOnlyCollection<string> internalIds, CancellationToken cancellationToken) =>
        FindManyAsync(connectionId, entityType, internalIds, s => internalIds.Contains(s.InternalId!), s => s.InternalId!, cancellationToken);

    public PreparedCommits PrepareBatch(IReadOnlyList<SyncCommit> commits)
    {
        ArgumentNullException.ThrowIfNull(commits);
        if (commits.Any(c => c.RetiredStateIds.Count > 0))
        {
            throw new ArgumentException("Commits that retire states are committed one by one.", nameof(commits));
        }

        return new PreparedPage(
            commits,
            [.. commits.Select(c => c.Write is { } write
                ? RecordWrites.Prepared(new RecordWrite(write.EntityType, write.Id, write.ExpectedVersion, write.Record, scope.Actor))
                : null)],
            [.. commits.Select(c => Upsert(null, c.State))],
            [.. commits.Select(c => ResultRows([c]))]);
    }

    public Task<IReadOnlySet<int>> CommitBatchAsync(IReadOnlyList<SyncCommit> commits, CancellationToken cancellationToken) =>
        CommitBatchAsync(PrepareBatch(commits), cancellationToken);

    public async Task<IReadOnlySet<int>> CommitBatchAsync(PreparedCommits prepared, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var page = prepared as PreparedPage ?? (PreparedPage)PrepareBatch(prepared.Commits);
        var commits = page.Commits;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = new RowBatch();
        var writes = page.Writes.Select((w, i) => (Write: w, Index: i)).Where(w => w.Write is not null).ToList();
        var refusedWrites = await RecordWrites.ApplyBatchAsync(db, batch, scope.TenantId, [.. writes.Select(w => w.Write!)], time.GetUtcNow(), cancellationToken);
        var refused = refusedWrites.Select(i => writes[i].Index).ToHashSet();
        // One job's page: every commit is the same connection's. Notifications commit with the writes (outbox).
        var notified = writes.Count > refused.Count && await NotificationOutbox.EnqueueAllAsync(
            db, batch, scope.TenantId, commits[0].State.ConnectionId, time.GetUtcNow(), cancellationToken);
        // On PostgreSQL every state goes out as a row to upsert (the bulk save's ON CONFLICT decides insert or update),
        // so the states are not read first; SaveChanges needs to know which exist.
        var stateIds = commits.Select(c => c.State.StateId).ToList();
        var existing = db.Database.IsNpgsql()
            ? []
            : await db.SyncStates.AsNoTracking().Where(s => stateIds.Contains(s.StateId)).ToDictionaryAsync(s => s.StateId, s => s.TenantId, cancellationToken);
        var committed = Enumerable.Range(0, commits.Count).Where(i => !refused.Contains(i)).ToList();
        foreach (var i in committed)
        {
            var exists = existing.TryGetValue(page.States[i].StateId, out var owner);
            if (exists && owner != scope.TenantId)
            {
                throw new InvalidOperationException("A sync state of another tenant cannot be written.");
            }

            batch.Add(page.States[i], existing: exists);
            batch.AddRange(page.Results[i]);
        }

        await ResolveReplayedLettersAsync(db, [.. committed.Select(i => commits[i])], cancellationToken);
        await batch.SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await _statistics.WrittenAsync(db, committed.Count, cancellationToken);
        if (notified)
        {
            notifications.Pulse();
        }

        return refused;
    }

    /// <summary>
    /// Whether any live record of ours of the type has no linked state on this connection. Answered by one anti-join;
    /// once the answer is "none", it is kept while the change log shows no write but this job's own (one indexed range
    /// read instead of the anti-join on every page).
    /// </summary>
    public async Task<bool> HasUnlinkedInternalRecordsAsync(string connectionId, EntityType entityType, CancellationToken cancellationToken)
    {
        var tenantId = scope.TenantId;
        var type = entityType.ToWireName();
        var actor = scope.Actor;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Read first: sequence numbers are handed out under a row lock, so every change up to this one is committed.
        var lastSeq = await db.RecordSequences.Where(s => s.TenantId == tenantId).Select(s => s.LastSeq).SingleOrDefaultAsync(cancellationToken);
        if (_allLinkedAt.TryGetValue((connectionId, type), out var checkedAt)
            && !await db.RecordChanges.AnyAsync(c => c.TenantId == tenantId && c.Seq > checkedAt && c.Seq <= lastSeq && c.Actor != actor, cancellationToken))
        {
            _allLinkedAt[(connectionId, type)] = lastSeq;
            return false;
        }

        var unlinked = await db.Records.AnyAsync(
            r => r.TenantId == tenantId && r.EntityType == type && !r.Deleted
                && !db.SyncStates.Any(s => s.TenantId == tenantId && s.ConnectionId == connectionId && s.EntityType == type
                    && s.InternalId == r.Id && s.ExternalId != null),
            cancellationToken);
        if (unlinked)
        {
            _allLinkedAt.Remove((connectionId, type));
        }
        else
        {
            _allLinkedAt[(connectionId, type)] = lastSeq;
        }

        return unlinked;
    }

    private async Task<IReadOnlyDictionary<string, SyncState>> FindManyAsync(
        string connectionId, EntityType entityType, IReadOnlyCollection<string> ids,
        System.Linq.Expressions.Expression<Func<SyncStateRow, bool>> key, Func<SyncStateRow, string> keyOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<string, SyncState>();
        }

        var tenantId = scope.TenantId;
        var type = entityType.ToWireName();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.SyncStates.AsNoTracking()
            .Where(s => s.TenantId == tenantId && s.ConnectionId == connectionId && s.EntityType == type)
            .Where(key)
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(keyOf, SyncStateMapping.ToState, StringComparer.Ordinal);
    }
}
