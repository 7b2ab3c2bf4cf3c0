using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SyncConsole.Admin;
using SyncConsole.Api;
using SyncConsole.Security;

namespace SyncConsole.Endpoints;

/// <summary><c>/api/admin</c>: the one cross-tenant view, for admins only, and cursor resets.</summary>
internal static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin").WithTags("Admin")
            .RequireAuthorization(SyncConsolePolicies.Admin)
            .RequireRateLimiting(ApiHostingExtensions.RateLimitPolicy);
        group.MapGet("/integrations", ListAsync);
        group.MapPost("/integrations/{tenantId:guid}/{id}/sync-status/{entityType}/reset", ResetAsync);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<AdminConnectionView>>> ListAsync(AdminService admin, CancellationToken cancellationToken) =>
        TypedResults.Ok(await admin.ListConnectionsAsync(cancellationToken));

    /// <summary>Forgets the entity's cursors on both sides: the next job reads that entity in full (links are kept).</summary>
    private static async Task<Results<NoContent, NotFound, ValidationProblem>> ResetAsync(
        Guid tenantId, string id, string entityType, ClaimsPrincipal user, AdminService admin, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var type = RecordsEndpoints.ParseType(entityType, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await admin.ResetCursorAsync(tenantId, id, type!.Value, user.Actor(), cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
