using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SyncConsole.Api;
using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Schema;
using SyncConsole.DeadLetters;
using SyncConsole.Security;
using SyncConsole.SyncJobs;

namespace SyncConsole.Endpoints;

/// <summary><c>/api/dead-letters</c>: record operations that kept failing, with payload and error, and their replay.</summary>
internal static class DeadLettersEndpoints
{
    public static IEndpointRouteBuilder MapDeadLettersEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/dead-letters").WithTags("Dead letters").RequireRateLimiting(ApiHostingExtensions.RateLimitPolicy);
        group.MapGet("/", ListAsync).RequireAuthorization(SyncConsolePolicies.Viewer);
        group.MapGet("/{id}", GetAsync).RequireAuthorization(SyncConsolePolicies.Viewer);
        group.MapPost("/{id}/replay", ReplayAsync).RequireAuthorization(SyncConsolePolicies.Operator);
        return app;
    }

    internal sealed record ListFilter(
        [property: FromQuery(Name = "page")] int? Page,
        [property: FromQuery(Name = "page_size")] int? PageSize,
        [property: FromQuery(Name = "status")] string? Status,
        [property: FromQuery(Name = "entity_type")] string? EntityType,
        [property: FromQuery(Name = "integration_id")] string? IntegrationId,
        [property: FromQuery(Name = "direction")] string? Direction);

    internal sealed record ReplayView(DeadLetterView DeadLetter, string JobId);

    private static readonly string[] Directions = [ChangeDirection.Inbound.ToWireName(), ChangeDirection.Outbound.ToWireName()];

    private static async Task<Results<Ok<PagedList<DeadLetterView>>, ValidationProblem>> ListAsync(
        [AsParameters] ListFilter filter, ClaimsPrincipal user, DeadLetterService deadLetters, CancellationToken cancellationToken)
    {
        PageRequest.TryCreate(filter.Page, filter.PageSize, out var paging, out var errors);
        if (filter.Status is not null && !DeadLetterStatuses.All.Contains(filter.Status))
        {
            errors["status"] = [$"status must be one of {string.Join(", ", DeadLetterStatuses.All)}."];
        }

        if (filter.EntityType is not null && !EntityTypes.TryParse(filter.EntityType, out _))
        {
            errors["entity_type"] = [$"'{filter.EntityType}' is not an entity type."];
        }

        if (filter.Direction is not null && !Directions.Contains(filter.Direction))
        {
            errors["direction"] = ["direction must be inbound or outbound."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var list = await deadLetters.ListAsync(
            user.TenantId(), new DeadLetterFilter(filter.Status, filter.EntityType, filter.IntegrationId, filter.Direction), paging, cancellationToken);
        return TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<DeadLetterView>, NotFound>> GetAsync(
        string id, ClaimsPrincipal user, DeadLetterService deadLetters, CancellationToken cancellationToken) =>
        await deadLetters.FindAsync(user.TenantId(), id, cancellationToken) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Results<Accepted<ReplayView>, NotFound, Conflict<ProblemDetails>>> ReplayAsync(
        string id, ClaimsPrincipal user, DeadLetterService deadLetters, CancellationToken cancellationToken)
    {
        var replay = await deadLetters.ReplayAsync(user.TenantId(), id, user.Actor(), cancellationToken);
        return replay.Outcome switch
        {
            DeadLetterReplayOutcome.Queued => TypedResults.Accepted(
                $"/api/sync-jobs/{replay.JobId}", new ReplayView(replay.DeadLetter!, replay.JobId!)),
            DeadLetterReplayOutcome.NotFound => TypedResults.NotFound(),
            DeadLetterReplayOutcome.Refused => TypedResults.Conflict(
                new ProblemDetails { Status = 409, Title = "The dead letter cannot be replayed.", Detail = replay.Reason }),
        };
    }
}
