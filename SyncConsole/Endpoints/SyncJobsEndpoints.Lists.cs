using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SyncConsole.Api;
using SyncConsole.Security;
using SyncConsole.SyncJobs;

namespace SyncConsole.Endpoints;

internal static partial class SyncJobsEndpoints
{
    private static readonly string[] Statuses = ["queued", "running", "succeeded", "partially_succeeded", "failed", "cancelled"];
    private static readonly string[] Actions = ["created", "updated", "deleted", "skipped", "conflict", "failed"];

    internal sealed record JobFilter(
        [property: FromQuery(Name = "page")] int? Page,
        [property: FromQuery(Name = "page_size")] int? PageSize,
        [property: FromQuery(Name = "status")] string? Status,
        [property: FromQuery(Name = "integration_id")] string? IntegrationId,
        [property: FromQuery(Name = "job_type")] string? JobType,
        [property: FromQuery(Name = "from")] DateTimeOffset? From,
        [property: FromQuery(Name = "to")] DateTimeOffset? To);

    internal sealed record ResultFilter(
        [property: FromQuery(Name = "page")] int? Page,
        [property: FromQuery(Name = "page_size")] int? PageSize,
        [property: FromQuery(Name = "action")] string? Action,
        [property: FromQuery(Name = "entity_type")] string? EntityType);

    private static async Task<Results<Ok<PagedList<JobView>>, ValidationProblem>> ListAsync(
        [AsParameters] JobFilter filter, ClaimsPrincipal user, SyncJobQueries queries, CancellationToken cancellationToken)
    {
        PageRequest.TryCreate(filter.Page, filter.PageSize, out var paging, out var errors);
        if (filter.Status is not null && !Statuses.Contains(filter.Status))
        {
            errors["status"] = [$"status must be one of {string.Join(", ", Statuses)}."];
        }

        if (filter.JobType is not null && !SyncJobs.SyncJobWireNames.TryParseJobType(filter.JobType, out _))
        {
            errors["job_type"] = ["job_type must be full, incremental, entity or reconcile."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (rows, total) = await queries.ListAsync(
            user.TenantId(), new SyncJobQueries.JobFilter(filter.Status, filter.IntegrationId, filter.JobType, filter.From, filter.To),
            paging.Skip, paging.PageSize, cancellationToken);
        return TypedResults.Ok(new PagedList<JobView>([.. rows.Select(View)], paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<PagedList<ResultView>>, NotFound, ValidationProblem>> RecordsAsync(
        string id, [AsParameters] ResultFilter filter, ClaimsPrincipal user, SyncJobQueries queries, CancellationToken cancellationToken)
    {
        PageRequest.TryCreate(filter.Page, filter.PageSize, out var paging, out var errors);
        if (filter.Action is not null && !Actions.Contains(filter.Action))
        {
            errors["action"] = [$"action must be one of {string.Join(", ", Actions)}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await queries.ResultsAsync(user.TenantId(), id, filter.Action, filter.EntityType, paging.Skip, paging.PageSize, cancellationToken)
            is not var (rows, total))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(new PagedList<ResultView>(
            [.. rows.Select(r => new ResultView(r.EntityType, r.RecordId, r.ExternalId, r.Direction, r.Action, r.Message, r.At,
                PolicyChoice.Read(r.Resolutions)))],
            paging.Page, paging.PageSize, total));
    }
}
