using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Audit;
using SyncConsole.Core.Rules;
using SyncConsole.Data;
using SyncConsole.Integrations;
using SyncConsole.Security;
using SyncConsole.SyncJobs;

namespace SyncConsole.Endpoints;

internal static partial class IntegrationsEndpoints
{
    internal sealed record SettingsBody(IReadOnlyList<SyncRuleInput>? SyncRules);

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
        IDbContextFactory<SyncConsoleDbContext> contexts, PollingSchedules schedules, TimeProvider time, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is null)
        {
            return TypedResults.NotFound();
        }

        var tenantId = user.TenantId();
        var before = await rules.GetAsync(tenantId, id, cancellationToken);
        var result = await rules.SaveAsync(tenantId, id, body?.SyncRules, cancellationToken);
        if (!result.IsValid)
        {
            return TypedResults.ValidationProblem(result.Errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }

        var after = await rules.GetAsync(tenantId, id, cancellationToken);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            db.AuditEntries.Add(AuditEntries.Create(tenantId, time.GetUtcNow(), user.Actor(), "rules.updated", null, id,
                before.Select(SyncRuleInput.From), after.Select(SyncRuleInput.From)));
            await db.SaveChangesAsync(cancellationToken);
            if (await db.Connections.AsNoTracking().SingleOrDefaultAsync(c => c.TenantId == tenantId && c.IntegrationId == id, cancellationToken) is { } connection)
            {
                await schedules.ApplyAsync(connection, cancellationToken);
            }
        }

        return TypedResults.Ok(new SettingsBody([.. after.Select(SyncRuleInput.From)]));
    }

    private static async Task<Results<Ok<IReadOnlyList<EntitySyncStatus>>, NotFound>> SyncStatusAsync(
        string id, ClaimsPrincipal user, SyncStatusQueries status, CancellationToken cancellationToken) =>
        await status.ForConnectionAsync(user.TenantId(), id, cancellationToken) is { } entities ? TypedResults.Ok(entities) : TypedResults.NotFound();
}
