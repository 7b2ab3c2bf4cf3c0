using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SyncConsole.Api;
using SyncConsole.Security;
using SyncConsole.Sync;

namespace SyncConsole.Endpoints;

/// <summary><c>/api/conflicts</c>: the finance inbox, and field-by-field resolution applied to both sides.</summary>
internal static class ConflictsEndpoints
{
    public static IEndpointRouteBuilder MapConflictsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/conflicts").WithTags("Conflicts").RequireRateLimiting(ApiHostingExtensions.RateLimitPolicy);
        group.MapGet("/", ListAsync).RequireAuthorization(SyncConsolePolicies.Viewer);
        group.MapGet("/{id}", GetAsync).RequireAuthorization(SyncConsolePolicies.Viewer);
        group.MapPost("/{id}/resolve", ResolveAsync).RequireAuthorization(SyncConsolePolicies.Finance);
        return app;
    }

    internal sealed record ConflictListQuery(
        [property: FromQuery(Name = "page")] int? Page,
        [property: FromQuery(Name = "page_size")] int? PageSize,
        [property: FromQuery(Name = "status")] string? Status,
        [property: FromQuery(Name = "entity_type")] string? EntityType,
        [property: FromQuery(Name = "integration_id")] string? IntegrationId);

    internal sealed record ResolveRequest(Dictionary<string, JsonElement>? Choices);

    private static async Task<Results<Ok<PagedList<ConflictView>>, ValidationProblem>> ListAsync(
        [AsParameters] ConflictListQuery query, ClaimsPrincipal user, ConflictQueries conflicts, CancellationToken cancellationToken)
    {
        PageRequest.TryCreate(query.Page, query.PageSize, out var paging, out var errors);
        var filter = new ConflictFilter(query.Status, query.EntityType, query.IntegrationId);
        if (!filter.TryValidate(errors))
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await conflicts.ListAsync(user.TenantId(), filter, paging, cancellationToken));
    }

    private static async Task<Results<Ok<ConflictView>, NotFound>> GetAsync(
        string id, ClaimsPrincipal user, ConflictResolver resolver, CancellationToken cancellationToken) =>
        await resolver.FindAsync(user.TenantId(), id, cancellationToken) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Results<Ok<ConflictView>, NotFound, ValidationProblem, Conflict<ProblemDetails>>> ResolveAsync(
        string id, ResolveRequest? body, ClaimsPrincipal user, ConflictResolver resolver, CancellationToken cancellationToken)
    {
        var tenantId = user.TenantId();
        var current = await resolver.FindAsync(tenantId, id, cancellationToken);
        if (current is null)
        {
            return TypedResults.NotFound();
        }

        if (current.Status != "open")
        {
            return TypedResults.Conflict(new ProblemDetails { Status = 409, Title = "The conflict is already resolved.", Detail = $"Resolved by {current.ResolvedBy}." });
        }

        var errors = new Dictionary<string, string[]>();
        var choices = ConflictChoices.Parse(body?.Choices, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (resolved, ruleErrors) = await resolver.ResolveAsync(tenantId, id, choices, user.Actor(), cancellationToken);
        return resolved is null
            ? TypedResults.ValidationProblem(ruleErrors.ToDictionary(e => e.Key, e => e.Value.ToArray()))
            : TypedResults.Ok(resolved);
    }
}
