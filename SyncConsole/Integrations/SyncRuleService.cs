using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;
using SyncConsole.Data;

namespace SyncConsole.Integrations;

/// <summary>A tenant's sync rules per integration: stored ones where set, Core's defaults elsewhere.</summary>
public sealed class SyncRuleService(IDbContextFactory<SyncConsoleDbContext> contexts, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public async Task<IReadOnlyList<SyncRule>> GetAsync(Guid tenantId, string integrationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.SyncRules.AsNoTracking()
            .Where(r => r.TenantId == tenantId && r.IntegrationId == integrationId)
            .ToListAsync(cancellationToken);
        var inputs = stored.Select(r => JsonSerializer.Deserialize<SyncRuleInput>(r.RuleJson, Json)!).ToList();
        var rules = SyncRuleValidator.Validate(inputs).Rules.ToDictionary(r => r.EntityType);
        return [.. EntityTypes.All.Select(e => rules.GetValueOrDefault(e) ?? SyncRuleDefaults.For(e))];
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
            var json = JsonSerializer.Serialize(SyncRuleInput.From(rule), Json);
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
