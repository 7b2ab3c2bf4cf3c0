using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Audit;
using SyncConsole.Core.Schema;
using SyncConsole.Data;
using SyncConsole.Security;

namespace SyncConsole.Records;

/// <summary>
/// Writes of the application's records through the API: one transaction for the record, its change-log entry and
/// its audit entry; then the push trigger. A stale If-Match is a 412 and writes nothing.
/// </summary>
public sealed class RecordCommands(IDbContextFactory<SyncConsoleDbContext> contexts, PushTrigger push, TimeProvider time)
{
    public static string ETag(long version) => $"\"{version}\"";

    internal async Task<IResult> WriteAsync(HttpContext http, ClaimsPrincipal user, RecordWrite write, CancellationToken cancellationToken)
    {
        var tenantId = user.TenantId();
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Locked before the audit's read of the record, so that it reads what the write replaces.
        await RecordWrites.LockTenantAsync(db, tenantId, cancellationToken);
        var before = await db.Records.AsNoTracking()
            .Where(r => r.TenantId == tenantId && r.EntityType == write.EntityType.ToWireName() && r.Id == write.Id)
            .Select(r => new { r.Body, r.Deleted })
            .SingleOrDefaultAsync(cancellationToken);
        var row = await RecordWrites.ApplyAsync(db, tenantId, write, now, cancellationToken);
        if (row is null)
        {
            return PreconditionFailed(write);
        }

        var created = before is null || before.Deleted;
        db.AuditEntries.Add(AuditEntries.Create(tenantId, now, write.Actor, created ? "record.created" : "record.updated",
            write.EntityType.ToWireName(), write.Id, created ? null : before!.Body, row.Body, http.TraceIdentifier));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await push.OnChangedAsync(tenantId, write.EntityType, "push", write.Actor, cancellationToken);

        http.Response.Headers.ETag = ETag(row.Version);
        var body = JsonNode.Parse(row.Body)!.AsObject();
        return created ? TypedResults.Created($"/api/records/{write.EntityType.ToWireName()}/{write.Id}", body) : TypedResults.Ok(body);
    }

    internal async Task<IResult> DeleteAsync(HttpContext http, ClaimsPrincipal user, RecordWrite delete, CancellationToken cancellationToken)
    {
        var tenantId = user.TenantId();
        var now = time.GetUtcNow();
        var type = delete.EntityType.ToWireName();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await RecordWrites.LockTenantAsync(db, tenantId, cancellationToken);
        var before = await db.Records.AsNoTracking()
            .Where(r => r.TenantId == tenantId && r.EntityType == type && r.Id == delete.Id && !r.Deleted)
            .Select(r => r.Body)
            .SingleOrDefaultAsync(cancellationToken);
        if (before is null)
        {
            return TypedResults.NotFound();
        }

        if (await RecordWrites.ApplyAsync(db, tenantId, delete, now, cancellationToken) is null)
        {
            return PreconditionFailed(delete);
        }

        db.AuditEntries.Add(AuditEntries.Create(tenantId, now, delete.Actor, "record.deleted", type, delete.Id, before, null, http.TraceIdentifier));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await push.OnChangedAsync(tenantId, delete.EntityType, "push", delete.Actor, cancellationToken);
        return TypedResults.NoContent();
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult PreconditionFailed(RecordWrite write) => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status412PreconditionFailed,
        Title = "The record has changed.",
        Detail = $"{write.EntityType.ToWireName()} {write.Id} is no longer at version {write.ExpectedVersion}; read it again and reapply your change.",
    });
}
