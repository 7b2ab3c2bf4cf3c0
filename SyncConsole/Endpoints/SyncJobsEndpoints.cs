using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SyncConsole.Api;
using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Schema;
using SyncConsole.Security;
using SyncConsole.SyncJobs;

namespace SyncConsole.Endpoints;

/// <summary><c>/api/sync-jobs</c>: start, list, detail, cancel, retry and per-record results.</summary>
internal static partial class SyncJobsEndpoints
{
    public static IEndpointRouteBuilder MapSyncJobsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sync-jobs").WithTags("Sync jobs").RequireRateLimiting(ApiHostingExtensions.RateLimitPolicy);
        group.MapPost("/", CreateAsync).RequireAuthorization(SyncConsolePolicies.Operator);
        group.MapGet("/", ListAsync).RequireAuthorization(SyncConsolePolicies.Viewer);
        group.MapGet("/{id}", GetAsync).RequireAuthorization(SyncConsolePolicies.Viewer);
        group.MapPost("/{id}/cancel", CancelAsync).RequireAuthorization(SyncConsolePolicies.Operator);
        group.MapPost("/{id}/retry", RetryAsync).RequireAuthorization(SyncConsolePolicies.Operator);
        group.MapGet("/{id}/records", RecordsAsync).RequireAuthorization(SyncConsolePolicies.Viewer);
        return app;
    }

    internal sealed record CreateJobRequest(string? IntegrationId, string? JobType, IReadOnlyList<string>? EntityTypes, bool? DryRun);

    internal sealed record JobView(
        string Id, string IntegrationId, string JobType, IReadOnlyList<string> EntityTypes, bool DryRun, string Status, string Trigger,
        double Progress, JsonElement Entities, JsonElement? Plan, string? Error, DateTimeOffset RequestedAt, DateTimeOffset? StartedAt,
        DateTimeOffset? FinishedAt, string RequestedBy, string? RetryOf, int Attempts, string? Node, DateTimeOffset? HeartbeatAt,
        int RetryAttempt, DateTimeOffset? NextRetryAt);

    internal sealed record ResultView(
        string EntityType, string? RecordId, string? ExternalId, string Direction, string Action, string? Message, DateTimeOffset At,
        IReadOnlyList<PolicyChoice> Resolutions);

    private static async Task<Results<Accepted<JobView>, ValidationProblem, UnprocessableEntity<ProblemDetails>>> CreateAsync(
        CreateJobRequest? body, ClaimsPrincipal user, SyncJobQueries queries, SyncJobService jobs,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body?.IntegrationId))
        {
            errors["integration_id"] = ["integration_id is required."];
        }

        if (!SyncJobWireNames.TryParseJobType(body?.JobType, out var jobType))
        {
            errors["job_type"] = ["job_type must be full, incremental, entity or reconcile."];
        }

        var entityTypes = new List<EntityType>();
        foreach (var name in body?.EntityTypes ?? [])
        {
            if (EntityTypes.TryParse(name, out var type))
            {
                entityTypes.Add(type.Value);
            }
            else
            {
                errors["entity_types"] = [$"'{name}' is not an entity type ({string.Join(", ", EntityTypes.All.Select(e => e.ToWireName()))})."];
            }
        }

        if (jobType == SyncJobType.Entity && entityTypes.Count == 0 && !errors.ContainsKey("entity_types"))
        {
            errors["entity_types"] = ["An entity job needs at least one entity type."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var connection = await queries.ConnectedAsync(user.TenantId(), body!.IntegrationId!, cancellationToken);
        if (connection is null)
        {
            return TypedResults.UnprocessableEntity(new ProblemDetails
            {
                Status = 422,
                Title = "Not connected.",
                Detail = $"Connect {body.IntegrationId} before syncing it.",
            });
        }

        var row = await jobs.RequestAsync(new SyncJobRequestInput(
            user.TenantId(), connection.Id, connection.IntegrationId, jobType, entityTypes, body.DryRun ?? false, "manual", user.Actor()),
            cancellationToken);
        return TypedResults.Accepted($"/api/sync-jobs/{row.Id}", View(row));
    }

    private static async Task<Results<Ok<JobView>, NotFound>> GetAsync(
        string id, ClaimsPrincipal user, SyncJobQueries queries, CancellationToken cancellationToken)
    {
        var row = await queries.FindAsync(user.TenantId(), id, cancellationToken);
        return row is null ? TypedResults.NotFound() : TypedResults.Ok(View(row));
    }

    private static async Task<Results<Accepted<JobView>, NotFound, Conflict<ProblemDetails>>> CancelAsync(
        string id, ClaimsPrincipal user, SyncJobQueries queries, SyncJobService jobs, CancellationToken cancellationToken)
    {
        var tenantId = user.TenantId();
        if (await queries.FindAsync(tenantId, id, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        if (!await jobs.CancelAsync(tenantId, id, cancellationToken))
        {
            return TypedResults.Conflict(new ProblemDetails { Status = 409, Title = "The job has finished.", Detail = "A finished job cannot be cancelled." });
        }

        return TypedResults.Accepted($"/api/sync-jobs/{id}", View((await queries.FindAsync(tenantId, id, cancellationToken))!));
    }

    private static async Task<Results<Accepted<JobView>, NotFound, Conflict<ProblemDetails>>> RetryAsync(
        string id, ClaimsPrincipal user, SyncJobQueries queries, SyncJobService jobs, CancellationToken cancellationToken)
    {
        var row = await queries.FindAsync(user.TenantId(), id, cancellationToken);
        if (row is null)
        {
            return TypedResults.NotFound();
        }

        if (!SyncJobService.CanRetry(row))
        {
            return TypedResults.Conflict(new ProblemDetails
            {
                Status = 409,
                Title = "Only failed or cancelled jobs can be retried.",
                Detail = $"The job is {row.Status}.",
            });
        }

        var retry = await jobs.RetryAsync(row, user.Actor(), cancellationToken);
        return TypedResults.Accepted($"/api/sync-jobs/{retry.Id}", View(retry));
    }

    internal static JobView View(SyncJobRow row) => new(
        row.Id, row.IntegrationId, row.JobType, JsonSerializer.Deserialize<string[]>(row.EntityTypesJson)!, row.DryRun, row.Status,
        row.Trigger, row.Progress, JsonDocument.Parse(row.EntitiesJson).RootElement.Clone(),
        row.PlanJson is null ? null : JsonDocument.Parse(row.PlanJson).RootElement.Clone(), row.Error, row.RequestedAt, row.StartedAt,
        row.FinishedAt, row.RequestedBy, row.RetryOf, row.Attempts, row.Node, row.HeartbeatAt,
        row.RetryAttempt, row.NextRetryAt);
}
