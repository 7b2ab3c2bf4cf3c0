using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SyncConsole.Api;
using SyncConsole.Notifications;
using SyncConsole.Security;

namespace SyncConsole.Endpoints;

/// <summary>
/// <c>/api/notifications</c>: the application's webhook endpoint for inbound changes (admin), its deliveries (viewer)
/// and their replay within 14 days (operator).
/// </summary>
internal static class NotificationsEndpoints
{
    public static IEndpointRouteBuilder MapNotificationsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications").WithTags("Notifications").RequireRateLimiting(ApiHostingExtensions.RateLimitPolicy);
        group.MapGet("/endpoint", GetEndpointAsync).RequireAuthorization(SyncConsolePolicies.Admin);
        group.MapPut("/endpoint", PutEndpointAsync).RequireAuthorization(SyncConsolePolicies.Admin);
        group.MapGet("/deliveries", ListAsync).RequireAuthorization(SyncConsolePolicies.Viewer);
        group.MapPost("/deliveries/{id}/replay", ReplayAsync).RequireAuthorization(SyncConsolePolicies.Operator);
        return app;
    }

    internal sealed record EndpointRequest(string? Url, bool? Enabled, bool? RotateSecret);

    internal sealed record DeliveryFilter(
        [property: FromQuery(Name = "page")] int? Page,
        [property: FromQuery(Name = "page_size")] int? PageSize,
        [property: FromQuery(Name = "status")] string? Status);

    private static async Task<Ok<NotificationEndpointView>> GetEndpointAsync(
        ClaimsPrincipal user, NotificationEndpointService endpoints, CancellationToken cancellationToken) =>
        TypedResults.Ok(await endpoints.GetAsync(user.TenantId(), cancellationToken));

    private static async Task<Results<Ok<NotificationEndpointView>, ValidationProblem>> PutEndpointAsync(
        EndpointRequest? body, ClaimsPrincipal user, NotificationEndpointService endpoints, CancellationToken cancellationToken)
    {
        var errors = NotificationEndpointService.Validate(body?.Url, body?.Enabled);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await endpoints.SaveAsync(
            user.TenantId(), body!.Url!, body.Enabled!.Value, body.RotateSecret ?? false, user.Actor(), cancellationToken));
    }

    private static async Task<Results<Ok<PagedList<NotificationDeliveryView>>, ValidationProblem>> ListAsync(
        [AsParameters] DeliveryFilter filter, ClaimsPrincipal user, NotificationDeliveryService deliveries, CancellationToken cancellationToken)
    {
        PageRequest.TryCreate(filter.Page, filter.PageSize, out var paging, out var errors);
        if (filter.Status is not null && !NotificationStatuses.All.Contains(filter.Status))
        {
            errors["status"] = [$"status must be one of {string.Join(", ", NotificationStatuses.All)}."];
        }

        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(await deliveries.ListAsync(user.TenantId(), filter.Status, paging, cancellationToken));
    }

    private static async Task<Results<Accepted<NotificationDeliveryView>, NotFound, ProblemHttpResult>> ReplayAsync(
        string id, ClaimsPrincipal user, NotificationDeliveryService deliveries, CancellationToken cancellationToken)
    {
        var replay = await deliveries.ReplayAsync(user.TenantId(), id, user.Actor(), cancellationToken);
        return replay.Outcome switch
        {
            NotificationReplayOutcome.Queued => TypedResults.Accepted((string?)null, replay.Delivery!),
            NotificationReplayOutcome.NotFound => TypedResults.NotFound(),
            NotificationReplayOutcome.Expired => TypedResults.Problem(
                statusCode: StatusCodes.Status410Gone, title: "The delivery is too old to replay.",
                detail: $"Deliveries can be replayed for {NotificationOptions.ReplayWindow.TotalDays:0} days after the change."),
            NotificationReplayOutcome.NoEndpoint => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "No enabled notification endpoint.",
                detail: "Configure and enable the endpoint (PUT /api/notifications/endpoint) before replaying."),
        };
    }
}
