using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Api;
using SyncConsole.Data;
using SyncConsole.Security;

namespace SyncConsole.Endpoints;

/// <summary><c>GET /api/audit</c>: the tenant's audit trail, newest first.</summary>
internal static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/api/audit")
            .WithTags("Audit")
            .RequireAuthorization(SyncConsolePolicies.Viewer)
            .RequireRateLimiting(ApiHostingExtensions.RateLimitPolicy);
        audit.MapGet("/", ListAsync).WithName("ListAuditEntries").WithSummary("Paginated audit trail with filters");
        return app;
    }

    internal sealed record AuditItem(
        long Id, DateTimeOffset At, string Actor, string Action, string? EntityType, string? RecordId,
        JsonElement? Before, JsonElement? After, string? CorrelationId);

    private static async Task<Results<Ok<PagedList<AuditItem>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user,
        IDbContextFactory<SyncConsoleDbContext> contexts,
        int? page,
        [AsParameters] AuditFilter filter,
        CancellationToken cancellationToken)
    {
        if (!PageRequest.TryCreate(page, filter.PageSize, out var paging, out var errors) | !filter.TryValidate(errors))
        {
            return TypedResults.ValidationProblem(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = filter.Apply(db.AuditEntries.AsNoTracking().Where(a => a.TenantId == user.TenantId()));
        var total = await query.LongCountAsync(cancellationToken);
        var rows = await query.OrderByDescending(a => a.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var items = rows.Select(a => new AuditItem(
            a.Id, a.At, a.Actor, a.Action, a.EntityType, a.RecordId, Json(a.Before), Json(a.After), a.CorrelationId)).ToList();
        return TypedResults.Ok(new PagedList<AuditItem>(items, paging.Page, paging.PageSize, total));
    }

    private static JsonElement? Json(string? text) => text is null ? null : JsonDocument.Parse(text).RootElement.Clone();
}
