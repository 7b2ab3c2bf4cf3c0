using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SyncConsole.Admin;
using SyncConsole.Core.Rules;
using SyncConsole.Security;

namespace SyncConsole.Endpoints;

internal static partial class AdminEndpoints
{
    internal sealed record DefaultRulesBody(IReadOnlyList<SyncRuleInput> DefaultRules);

    /// <summary>The system default rules every new connection starts with, one per entity type.</summary>
    private static async Task<Ok<DefaultRulesBody>> ListDefaultRulesAsync(DefaultRuleService defaults, CancellationToken cancellationToken) =>
        TypedResults.Ok(new DefaultRulesBody([.. (await defaults.GetAsync(cancellationToken)).Select(SyncRuleInput.From)]));

    /// <summary>
    /// Replaces one entity type's default rule (a rule object; <c>entity_type</c> optional). Validated like a
    /// connection's rules, audited in the admin's trail; existing connections keep their rules.
    /// </summary>
    private static async Task<Results<Ok<SyncRuleInput>, ValidationProblem>> PutDefaultRuleAsync(
        string entityType, SyncRuleInput? body, HttpContext http, ClaimsPrincipal user, DefaultRuleService defaults,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var type = RecordsEndpoints.ParseType(entityType, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await defaults.UpdateAsync(type!.Value, body, new DefaultRuleEditor(user.TenantId(), user.Actor(), http.TraceIdentifier), cancellationToken);
        if (!result.IsValid)
        {
            return TypedResults.ValidationProblem(result.Errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }

        var saved = (await defaults.GetAsync(cancellationToken)).Single(r => r.EntityType == type.Value);
        return TypedResults.Ok(SyncRuleInput.From(saved));
    }
}
