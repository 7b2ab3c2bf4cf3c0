using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Api;
using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;
using SyncConsole.Data;
using SyncConsole.Sync;

namespace SyncConsole.Records;

/// <summary>Reads of the application's records for the API and the console.</summary>
internal static class RecordQueries
{
    public static async Task<RecordRow?> FindAsync(
        IDbContextFactory<SyncConsoleDbContext> contexts, Guid tenantId, EntityType entityType, string id, CancellationToken cancellationToken)
    {
        var type = entityType.ToWireName();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Records.AsNoTracking().SingleOrDefaultAsync(r => r.TenantId == tenantId && r.EntityType == type && r.Id == id, cancellationToken);
    }

    /// <summary>
    /// Live records of one type ordered by id, optionally changed after <paramref name="updatedSince"/> and matching
    /// <paramref name="search"/> (case-insensitive, in the id or anywhere in the body).
    /// </summary>
    public static async Task<PagedList<RecordRow>> ListAsync(
        IDbContextFactory<SyncConsoleDbContext> contexts, Guid tenantId, EntityType entityType, string? search, DateTimeOffset? updatedSince,
        PageRequest paging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paging);
        var wire = entityType.ToWireName();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Records.AsNoTracking().Where(r => r.TenantId == tenantId && r.EntityType == wire && !r.Deleted);
        query = updatedSince is not { } since ? query : query.Where(r => r.ModifiedAt > since);
        if (!string.IsNullOrWhiteSpace(search))
        {
            // lower() on both sides in SQL: SQLite's LIKE ignores case but PostgreSQL's does not. The culture-aware
            // overloads the analyzers suggest do not translate to SQL.
            var term = search.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862
            query = query.Where(r => r.Id.ToLower().Contains(term) || r.Body.ToLower().Contains(term));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var total = await query.LongCountAsync(cancellationToken);
        var rows = await query.OrderBy(r => r.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return new PagedList<RecordRow>(rows, paging.Page, paging.PageSize, total);
    }

    /// <summary>The record's sync state on each connection, ordered by integration id.</summary>
    public static async Task<IReadOnlyList<RecordSyncView>> SyncStatesAsync(
        IDbContextFactory<SyncConsoleDbContext> contexts, Guid tenantId, RecordRow row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var states = await (
            from s in db.SyncStates.AsNoTracking()
            join c in db.Connections.AsNoTracking() on s.ConnectionId equals c.Id
            where s.TenantId == tenantId && s.EntityType == row.EntityType && s.InternalId == row.Id
            select new { c.IntegrationId, State = s })
            .ToListAsync(cancellationToken);
        return [.. states.OrderBy(s => s.IntegrationId, StringComparer.Ordinal).Select(s =>
        {
            var state = SyncStateMapping.ToState(s.State);
            // Core's status at the record's current version: a write since the last sync is pending outbound.
            return new RecordSyncView(
                s.IntegrationId, row.Version, state.Vector.ExternalVersion, state.Vector.LastSyncVersion,
                state.StatusAt(row.Version).ToWireName(), state.ExternalId, state.Message, s.State.UpdatedAt);
        })];
    }

    /// <summary>The body plus a <c>sync</c> block per connection (keyed by integration id).</summary>
    public static async Task<JsonObject> WithSyncAsync(
        IDbContextFactory<SyncConsoleDbContext> contexts, Guid tenantId, RecordRow row, CancellationToken cancellationToken)
    {
        var body = JsonNode.Parse(row.Body)!.AsObject();
        var sync = new JsonObject();
        foreach (var state in await SyncStatesAsync(contexts, tenantId, row, cancellationToken))
        {
            sync[state.IntegrationId] = new JsonObject
            {
                ["internal_version"] = state.InternalVersion,
                ["external_version"] = state.ExternalVersion,
                ["last_sync_version"] = state.LastSyncVersion,
                ["status"] = state.Status,
                ["external_id"] = state.ExternalId,
            };
        }

        body["sync"] = sync;
        return body;
    }
}
