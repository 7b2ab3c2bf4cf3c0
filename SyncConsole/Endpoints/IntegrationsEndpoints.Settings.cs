using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;
using SyncConsole.Data;
using SyncConsole.Integrations;
using SyncConsole.Security;
using SyncConsole.SyncJobs;

namespace SyncConsole.Endpoints;

internal static partial class IntegrationsEndpoints
{
    internal sealed record SettingsBody(IReadOnlyList<SyncRuleInput>? SyncRules);

    internal sealed record EntitySyncStatus(
        string EntityType, bool Enabled, string Direction, DateTimeOffset? LastSyncAt, string? Cursor,
        int Synced, int PendingInbound, int PendingOutbound, int Conflicts, int Failed);

    private static async Task<Results<Ok<SettingsBody>, NotFound>> GetSettingsAsync(
        string id, ClaimsPrincipal user, IntegrationCatalog catalog, SyncRuleService rules, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is null)
        {
            return TypedResults.NotFound();
        }

        var current = await rules.GetAsync(user.TenantId(), id, cancellationToken);
        return TypedResults.Ok(new SettingsBody([.. current.Select(SyncRuleInput.From)]));
    }

    private static async Task<Results<Ok<SettingsBody>, NotFound, ValidationProblem>> PutSettingsAsync(
        string id, SettingsBody? body, ClaimsPrincipal user, IntegrationCatalog catalog, SyncRuleService rules,
        RuleSettingsService settings, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is null)
        {
            return TypedResults.NotFound();
        }

        var tenantId = user.TenantId();
        var result = await settings.UpdateAsync(tenantId, id, body?.SyncRules, user.Actor(), cancellationToken);
        if (!result.IsValid)
        {
            return TypedResults.ValidationProblem(result.Errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }

        var after = await rules.GetAsync(tenantId, id, cancellationToken);
        return TypedResults.Ok(new SettingsBody([.. after.Select(SyncRuleInput.From)]));
    }

    private static async Task<Results<Ok<List<EntitySyncStatus>>, NotFound>> SyncStatusAsync(
        string id, ClaimsPrincipal user, SyncRuleService rules, IDbContextFactory<SyncConsoleDbContext> contexts, CancellationToken cancellationToken)
    {
        var tenantId = user.TenantId();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connection = await db.Connections.AsNoTracking().SingleOrDefaultAsync(c => c.TenantId == tenantId && c.IntegrationId == id, cancellationToken);
        if (connection is null)
        {
            return TypedResults.NotFound();
        }

        // One grouped count and one cursor read for all entities: no query per entity.
        var counts = await db.SyncStates.AsNoTracking()
            .Where(s => s.TenantId == tenantId && s.ConnectionId == connection.Id)
            .GroupBy(s => new { s.EntityType, s.Status })
            .Select(g => new { g.Key.EntityType, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var cursors = await db.SyncCursors.AsNoTracking()
            .Where(c => c.TenantId == tenantId && c.ConnectionId == connection.Id && c.Side == "external")
            .ToDictionaryAsync(c => c.EntityType, cancellationToken);
        var ruleSet = await rules.GetAsync(tenantId, id, cancellationToken);
        int Count(string type, RecordSyncStatus status) =>
            counts.Where(c => c.EntityType == type && c.Status == status.ToWireName()).Sum(c => c.Count);
        return TypedResults.Ok(ruleSet.Select(rule =>
        {
            var type = rule.EntityType.ToWireName();
            var cursor = cursors.GetValueOrDefault(type);
            return new EntitySyncStatus(type, rule.Enabled, rule.Direction.ToWireName(), cursor?.UpdatedAt, cursor?.Cursor,
                Count(type, RecordSyncStatus.Synced), Count(type, RecordSyncStatus.PendingInbound), Count(type, RecordSyncStatus.PendingOutbound),
                Count(type, RecordSyncStatus.Conflict), Count(type, RecordSyncStatus.Failed));
        }).ToList());
    }
}
