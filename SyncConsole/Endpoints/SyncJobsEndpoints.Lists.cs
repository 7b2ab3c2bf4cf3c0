using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Api;
using SyncConsole.Data;
using SyncConsole.Security;

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
        [AsParameters] JobFilter filter, ClaimsPrincipal user, IDbContextFactory<SyncConsoleDbContext> contexts, CancellationToken cancellationToken)
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

        var tenantId = user.TenantId();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.SyncJobs.AsNoTracking().Where(j => j.TenantId == tenantId);
        query = filter.Status is null ? query : query.Where(j => j.Status == filter.Status);
        query = filter.IntegrationId is null ? query : query.Where(j => j.IntegrationId == filter.IntegrationId);
        query = filter.JobType is null ? query : query.Where(j => j.JobType == filter.JobType);
        query = filter.From is not { } from ? query : query.Where(j => j.RequestedAt >= from);
        query = filter.To is not { } to ? query : query.Where(j => j.RequestedAt <= to);
        var total = await query.LongCountAsync(cancellationToken);
        var rows = await query.OrderByDescending(j => j.RequestedAt).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<JobView>([.. rows.Select(View)], paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<PagedList<ResultView>>, NotFound, ValidationProblem>> RecordsAsync(
        string id, [AsParameters] ResultFilter filter, ClaimsPrincipal user, IDbContextFactory<SyncConsoleDbContext> contexts,
        CancellationToken cancellationToken)
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

        var tenantId = user.TenantId();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.SyncJobs.AnyAsync(j => j.TenantId == tenantId && j.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var query = db.SyncJobResults.AsNoTracking().Where(r => r.TenantId == tenantId && r.JobId == id);
        query = filter.Action is null ? query : query.Where(r => r.Action == filter.Action);
        query = filter.EntityType is null ? query : query.Where(r => r.EntityType == filter.EntityType);
        var total = await query.LongCountAsync(cancellationToken);
        var rows = await query.OrderBy(r => r.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<ResultView>(
            [.. rows.Select(r => new ResultView(r.EntityType, r.RecordId, r.ExternalId, r.Direction, r.Action, r.Message, r.At))],
            paging.Page, paging.PageSize, total));
    }
}
