using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SyncConsole.Core.Rules;
using SyncConsole.Integrations;
using SyncConsole.Security;

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

    private static async Task<Results<Ok<IReadOnlyList<EntitySyncStatus>>, NotFound>> SyncStatusAsync(
        string id, ClaimsPrincipal user, SyncStatusQueries status, CancellationToken cancellationToken) =>
        await status.ForConnectionAsync(user.TenantId(), id, cancellationToken) is { } entities ? TypedResults.Ok(entities) : TypedResults.NotFound();
}
