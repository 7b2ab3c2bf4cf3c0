using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Api;
using SyncConsole.Data;
using SyncConsole.Security;
using SyncConsole.Sync;

namespace SyncConsole.Endpoints;

/// <summary><c>/api/conflicts</c>: the finance inbox, and field-by-field resolution applied to both sides.</summary>
internal static class ConflictsEndpoints
{
    private static readonly string[] Statuses = ["open", "resolved"];

    public static IEndpointRouteBuilder MapConflictsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/conflicts").WithTags("Conflicts").RequireRateLimiting(ApiHostingExtensions.RateLimitPolicy);
        group.MapGet("/", ListAsync).RequireAuthorization(SyncConsolePolicies.Viewer);
        group.MapGet("/{id}", GetAsync).RequireAuthorization(SyncConsolePolicies.Viewer);
        group.MapPost("/{id}/resolve", ResolveAsync).RequireAuthorization(SyncConsolePolicies.Finance);
        return app;
    }

    internal sealed record ConflictFilter(
        [property: FromQuery(Name = "page")] int? Page,
        [property: FromQuery(Name = "page_size")] int? PageSize,
        [property: FromQuery(Name = "status")] string? Status,
        [property: FromQuery(Name = "entity_type")] string? EntityType,
        [property: FromQuery(Name = "integration_id")] string? IntegrationId);

    internal sealed record ResolveRequest(Dictionary<string, JsonElement>? Choices);

    private static async Task<Results<Ok<PagedList<ConflictView>>, ValidationProblem>> ListAsync(
        [AsParameters] ConflictFilter filter, ClaimsPrincipal user, IDbContextFactory<SyncConsoleDbContext> contexts, CancellationToken cancellationToken)
    {
        PageRequest.TryCreate(filter.Page, filter.PageSize, out var paging, out var errors);
        if (filter.Status is not null && !Statuses.Contains(filter.Status))
        {
            errors["status"] = ["status must be open or resolved."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var tenantId = user.TenantId();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = from c in db.Conflicts.AsNoTracking()
                    join k in db.Connections.AsNoTracking() on c.ConnectionId equals k.Id
                    where c.TenantId == tenantId
                    select new { Conflict = c, k.IntegrationId };
        query = filter.Status is null ? query : query.Where(x => x.Conflict.Status == (filter.Status == "open" ? "Open" : "Resolved"));
        query = filter.EntityType is null ? query : query.Where(x => x.Conflict.EntityType == filter.EntityType);
        query = filter.IntegrationId is null ? query : query.Where(x => x.IntegrationId == filter.IntegrationId);
        var total = await query.LongCountAsync(cancellationToken);
        var rows = await query.OrderByDescending(x => x.Conflict.DetectedAt).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<ConflictView>([.. rows.Select(x => ConflictView.From(x.Conflict, x.IntegrationId))], paging.Page, paging.PageSize, total));
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
