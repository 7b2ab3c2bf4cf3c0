using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SyncConsole.Api;
using SyncConsole.Audit;
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

    private static async Task<Results<Ok<PagedList<AuditItem>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user,
        AuditQueries audit,
        int? page,
        [AsParameters] AuditFilter filter,
        CancellationToken cancellationToken)
    {
        if (!PageRequest.TryCreate(page, filter.PageSize, out var paging, out var errors) | !filter.TryValidate(errors))
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await audit.ListAsync(user.TenantId(), filter, paging, cancellationToken));
    }
}
