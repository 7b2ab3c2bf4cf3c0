using Microsoft.EntityFrameworkCore;
using SyncConsole.Admin;
using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;
using SyncConsole.Data;

namespace SyncConsole.Integrations;

/// <summary>
/// A tenant's sync rules per integration: the stored ones, and defaults for entity types without one. A new
/// connection has every rule stored, seeded from the system defaults when it is created
/// (<see cref="DefaultRuleService"/>), so later changes to those defaults never change it. Before a connection
/// exists the defaults shown are those system defaults (what it would start with); a connection older than stored
/// defaults falls back to Core's built-in ones, as it always did.
/// </summary>
public sealed class SyncRuleService(IDbContextFactory<SyncConsoleDbContext> contexts, TimeProvider time)
{
    public async Task<IReadOnlyList<SyncRule>> GetAsync(Guid tenantId, string integrationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.SyncRules.AsNoTracking()
            .Where(r => r.TenantId == tenantId && r.IntegrationId == integrationId)
            .ToListAsync(cancellationToken);
        var inputs = stored.Select(r => SyncRuleJson.Read(r.RuleJson)).ToList();
        var rules = SyncRuleValidator.Validate(inputs).Rules.ToDictionary(r => r.EntityType);
        if (rules.Count == EntityTypes.All.Count)
        {
            return [.. EntityTypes.All.Select(e => rules[e])];
        }

        var connected = await db.Connections.AnyAsync(c => c.TenantId == tenantId && c.IntegrationId == integrationId, cancellationToken);
        var defaults = connected ? SyncRuleDefaults.All() : await DefaultRuleService.ReadAsync(db, cancellationToken);
        return [.. defaults.Select(d => rules.GetValueOrDefault(d.EntityType) ?? d)];
    }

    /// <summary>Validates the whole set and saves it only when every rule is valid.</summary>
    public async Task<RuleValidationResult> SaveAsync(
        Guid tenantId, string integrationId, IReadOnlyList<SyncRuleInput>? inputs, CancellationToken cancellationToken)
    {
        var result = SyncRuleValidator.Validate(inputs);
        if (!result.IsValid)
        {
            return result;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.SyncRules.Where(r => r.TenantId == tenantId && r.IntegrationId == integrationId)
            .ToDictionaryAsync(r => r.EntityType, cancellationToken);
        foreach (var rule in result.Rules)
        {
            var type = rule.EntityType.ToWireName();
            var json = SyncRuleJson.Write(rule);
            if (existing.TryGetValue(type, out var row))
            {
                row.RuleJson = json;
                row.UpdatedAt = time.GetUtcNow();
            }
            else
            {
                db.SyncRules.Add(new SyncRuleRow
                {
                    TenantId = tenantId,
                    IntegrationId = integrationId,
                    EntityType = type,
                    RuleJson = json,
                    UpdatedAt = time.GetUtcNow(),
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return result;
    }
}
