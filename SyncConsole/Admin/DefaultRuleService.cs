using Microsoft.EntityFrameworkCore;
using SyncConsole.Audit;
using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;
using SyncConsole.Data;
using SyncConsole.Integrations;

namespace SyncConsole.Admin;

/// <summary>
/// The system default rules, which every new connection starts with (admins only: the callers enforce the admin
/// policy). Read with Core's built-in default for an entity type never edited; changed through the validator the
/// per-connection rules use, with one audit entry per entity type whose rule changed; copied into a new connection's
/// rules when the connection is created.
/// </summary>
public sealed class DefaultRuleService(IDbContextFactory<SyncConsoleDbContext> contexts, TimeProvider time)
{
    public const string UpdatedAction = "default_rules.updated";
    public const string SeededAction = "rules.seeded";

    // Enough for any realistic number of admins saving the same rule at the same moment.
    private const int MaxSaveAttempts = 5;

    /// <summary>One rule per entity type, in <see cref="EntityTypes.All"/> order.</summary>
    public async Task<IReadOnlyList<SyncRule>> GetAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ReadAsync(db, cancellationToken);
    }

    /// <summary>
    /// Changes one entity type's default (the API's PUT): the body is validated on its own, its errors keyed by field
    /// (<c>direction</c>); its <c>entity_type</c> may be left out but must not name another entity. Nothing is written
    /// unless it is valid.
    /// </summary>
    public async Task<RuleValidationResult> UpdateAsync(
        EntityType entityType, SyncRuleInput? input, DefaultRuleEditor editor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(editor);
        var wire = entityType.ToWireName();
        var result = SyncRuleValidator.ValidateRule(input is null ? null : input with { EntityType = input.EntityType ?? wire });
        if (input?.EntityType is { } named && named != wire)
        {
            var errors = result.Errors.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
            errors["entity_type"] = [.. errors.GetValueOrDefault("entity_type") ?? [], $"The body is for '{named}' but the path names '{wire}'; leave entity_type out or make them match."];
            return new RuleValidationResult([], errors);
        }

        if (result.IsValid)
        {
            await SaveAsync(result.Rules, editor, cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// Changes several defaults at once (the console's editor), validated as a whole exactly like a connection's rules
    /// (errors keyed <c>sync_rules[2].direction</c>); only the rules that differ from the current defaults are written
    /// and audited. Nothing is written unless every rule is valid.
    /// </summary>
    public async Task<RuleValidationResult> UpdateAllAsync(
        IReadOnlyList<SyncRuleInput>? inputs, DefaultRuleEditor editor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(editor);
        var result = SyncRuleValidator.Validate(inputs);
        if (result.IsValid)
        {
            await SaveAsync(result.Rules, editor, cancellationToken);
        }

        return result;
    }

    /// <summary>The defaults as stored, with Core's built-in default for an entity type without a row.</summary>
    internal static async Task<IReadOnlyList<SyncRule>> ReadAsync(SyncConsoleDbContext db, CancellationToken cancellationToken)
    {
        var stored = await db.DefaultRules.AsNoTracking().Select(r => r.RuleJson).ToListAsync(cancellationToken);
        return WithBuiltIns(stored);
    }

    private static IReadOnlyList<SyncRule> WithBuiltIns(IEnumerable<string> storedRules)
    {
        var rules = storedRules.SelectMany(json => SyncRuleValidator.ValidateRule(SyncRuleJson.Read(json)).Rules).ToDictionary(r => r.EntityType);
        return [.. EntityTypes.All.Select(e => rules.GetValueOrDefault(e) ?? SyncRuleDefaults.For(e))];
    }

    /// <summary>
    /// Gives a connection being created, in the caller's unit of work, a stored rule for every entity type the tenant
    /// has none for yet (rules a tenant saved before connecting stay theirs), copied from the current defaults and
    /// audited in the tenant's trail. From then on the connection's rules are its own.
    /// </summary>
    internal static async Task SeedAsync(
        SyncConsoleDbContext db, Guid tenantId, string integrationId, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await db.SyncRules.Where(r => r.TenantId == tenantId && r.IntegrationId == integrationId)
            .Select(r => r.EntityType).ToListAsync(cancellationToken);
        var seeded = (await ReadAsync(db, cancellationToken)).Where(r => !existing.Contains(r.EntityType.ToWireName())).ToList();
        foreach (var rule in seeded)
        {
            db.SyncRules.Add(new SyncRuleRow
            {
                TenantId = tenantId,
                IntegrationId = integrationId,
                EntityType = rule.EntityType.ToWireName(),
                RuleJson = SyncRuleJson.Write(rule),
                UpdatedAt = now,
            });
        }

        if (seeded.Count > 0)
        {
            db.AuditEntries.Add(AuditEntries.Create(tenantId, now, actor, SeededAction, null, integrationId, null, seeded.Select(SyncRuleInput.From)));
        }
    }

    // Two admins saving at once: the loser's insert (the key exists now) or update (the row's updated_at changed) is
    // refused, and it is redone on what the winner wrote. Neither change is lost, nobody gets an error, and each audit
    // entry's "before" is the rule it really replaced.
    private async Task SaveAsync(IReadOnlyList<SyncRule> rules, DefaultRuleEditor editor, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await TrySaveAsync(rules, editor, cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < MaxSaveAttempts)
            {
            }
        }
    }

    // The rows and their audit entries go in one SaveChanges, so the trail never disagrees with the defaults.
    private async Task TrySaveAsync(IReadOnlyList<SyncRule> rules, DefaultRuleEditor editor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One read: the rows to change are the very rows "before" is taken from (their updated_at guards the write).
        var rows = await db.DefaultRules.ToDictionaryAsync(r => r.EntityType, StringComparer.Ordinal, cancellationToken);
        var current = WithBuiltIns(rows.Values.Select(r => r.RuleJson)).ToDictionary(r => r.EntityType);
        foreach (var rule in rules)
        {
            var before = current[rule.EntityType];
            if (Same(before, rule))
            {
                continue;
            }

            var type = rule.EntityType.ToWireName();
            if (rows.TryGetValue(type, out var row))
            {
                row.RuleJson = SyncRuleJson.Write(rule);
                row.UpdatedAt = now;
                row.UpdatedBy = editor.Actor;
            }
            else
            {
                db.DefaultRules.Add(new DefaultRuleRow { EntityType = type, RuleJson = SyncRuleJson.Write(rule), UpdatedAt = now, UpdatedBy = editor.Actor });
            }

            db.AuditEntries.Add(AuditEntries.Create(
                editor.TenantId, now, editor.Actor, UpdatedAction, type, null, SyncRuleInput.From(before), SyncRuleInput.From(rule), editor.CorrelationId));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    // Records compare their override dictionaries by reference; equal overrides in any order are the same rule.
    private static bool Same(SyncRule a, SyncRule b) =>
        a with { FieldOverrides = b.FieldOverrides } == b
        && a.FieldOverrides.Count == b.FieldOverrides.Count
        && a.FieldOverrides.All(o => b.FieldOverrides.TryGetValue(o.Key, out var policy) && policy == o.Value);
}
