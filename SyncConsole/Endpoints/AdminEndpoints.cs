using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using SyncConsole.Admin;
using SyncConsole.Api;
using SyncConsole.Security;

namespace SyncConsole.Endpoints;

/// <summary><c>/api/admin</c>, for admins only: the one cross-tenant view, cursor resets and the system default rules.</summary>
internal static partial class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin").WithTags("Admin")
            .RequireAuthorization(SyncConsolePolicies.Admin)
            .RequireRateLimiting(ApiHostingExtensions.RateLimitPolicy);
        group.MapGet("/integrations", ListAsync);
        group.MapPost("/integrations/{tenantId:guid}/{id}/sync-status/{entityType}/reset", ResetAsync);
        group.MapGet("/default-rules", ListDefaultRulesAsync);
        group.MapPut("/default-rules/{entityType}", PutDefaultRuleAsync);
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
