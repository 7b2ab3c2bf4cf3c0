using Microsoft.EntityFrameworkCore;
using SyncConsole.Audit;
using SyncConsole.Core.Rules;
using SyncConsole.Data;
using SyncConsole.SyncJobs;

namespace SyncConsole.Integrations;

/// <summary>
/// Changing a tenant's sync rules as one use case, the same for the API and the console: validate and save the whole
/// set, audit before and after, and keep the connection's polling triggers equal to the new rules.
/// </summary>
public sealed class RuleSettingsService(
    SyncRuleService rules, IDbContextFactory<SyncConsoleDbContext> contexts, PollingSchedules schedules, TimeProvider time)
{
    /// <summary>Saves the rules when every one is valid; otherwise changes nothing and returns the errors per field.</summary>
    public async Task<RuleValidationResult> UpdateAsync(
        Guid tenantId, string integrationId, IReadOnlyList<SyncRuleInput>? inputs, string actor, CancellationToken cancellationToken)
    {
        var before = await rules.GetAsync(tenantId, integrationId, cancellationToken);
        var result = await rules.SaveAsync(tenantId, integrationId, inputs, cancellationToken);
        if (!result.IsValid)
        {
            return result;
        }

        var after = await rules.GetAsync(tenantId, integrationId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(AuditEntries.Create(tenantId, time.GetUtcNow(), actor, "rules.updated", null, integrationId,
            before.Select(SyncRuleInput.From), after.Select(SyncRuleInput.From)));
        await db.SaveChangesAsync(cancellationToken);
        if (await db.Connections.AsNoTracking()
                .SingleOrDefaultAsync(c => c.TenantId == tenantId && c.IntegrationId == integrationId, cancellationToken) is { } connection)
        {
            await schedules.ApplyAsync(connection, cancellationToken);
        }

        return result;
    }
}
