using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Api;
using SyncConsole.Audit;
using SyncConsole.Core.Schema;
using SyncConsole.Data;
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

    internal sealed record AdminConnectionView(
        Guid TenantId, string? TenantName, string Id, string Status, string? ExternalAccountId, DateTimeOffset? ConnectedAt, DateTimeOffset? LastSyncAt);

    private static async Task<Ok<List<AdminConnectionView>>> ListAsync(IDbContextFactory<SyncConsoleDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (from c in db.Connections.AsNoTracking()
                          join t in db.Tenants.AsNoTracking() on c.TenantId equals t.Id into tenants
                          from t in tenants.DefaultIfEmpty()
                          orderby c.TenantId, c.IntegrationId
                          select new AdminConnectionView(c.TenantId, t != null ? t.Name : null, c.IntegrationId, c.Status, c.ExternalAccountId, c.ConnectedAt, c.LastSyncAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows);
    }

    /// <summary>Forgets the entity's cursors on both sides: the next job reads that entity in full (links are kept).</summary>
    private static async Task<Results<NoContent, NotFound, ValidationProblem>> ResetAsync(
        Guid tenantId, string id, string entityType, ClaimsPrincipal user, IDbContextFactory<SyncConsoleDbContext> contexts, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var type = RecordsEndpoints.ParseType(entityType, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connection = await db.Connections.AsNoTracking().SingleOrDefaultAsync(c => c.TenantId == tenantId && c.IntegrationId == id, cancellationToken);
        if (connection is null)
        {
            return TypedResults.NotFound();
        }

        var wire = type!.Value.ToWireName();
        var cursors = await db.SyncCursors.Where(c => c.TenantId == tenantId && c.ConnectionId == connection.Id && c.EntityType == wire).ToListAsync(cancellationToken);
        db.SyncCursors.RemoveRange(cursors);
        db.AuditEntries.Add(AuditEntries.Create(tenantId, time.GetUtcNow(), user.Actor(), "cursor.reset", wire, connection.Id,
            cursors.Select(c => new { c.Side, c.Cursor }), null));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
