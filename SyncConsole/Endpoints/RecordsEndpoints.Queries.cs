using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Api;
using SyncConsole.Data;
using SyncConsole.Records;
using SyncConsole.Security;

namespace SyncConsole.Endpoints;

internal static partial class RecordsEndpoints
{
    private const int DefaultChangesPageSize = 100;
    private const int MaxChangesPageSize = 1000;

    internal sealed record ChangeView(string EntityType, string RecordId, string Operation, long Version, DateTimeOffset ChangedAt);

    internal sealed record ChangesPage(IReadOnlyList<ChangeView> Items, string NextCursor);

    private static async Task<Results<Ok<PagedList<JsonObject>>, ValidationProblem>> ListAsync(
        string entityType, int? page, [FromQuery(Name = "page_size")] int? pageSize, [FromQuery(Name = "updated_since")] DateTimeOffset? updatedSince,
        ClaimsPrincipal user, IDbContextFactory<SyncConsoleDbContext> contexts, CancellationToken cancellationToken)
    {
        PageRequest.TryCreate(page, pageSize, out var paging, out var errors);
        var type = ParseType(entityType, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var records = await RecordQueries.ListAsync(contexts, user.TenantId(), type!.Value, null, updatedSince, paging, cancellationToken);
        return TypedResults.Ok(new PagedList<JsonObject>([.. records.Items.Select(r => JsonNode.Parse(r.Body)!.AsObject())], records.Page, records.PageSize, records.Total));
    }

    private static async Task<IResult> GetAsync(
        string entityType, string id, HttpContext http, ClaimsPrincipal user, IDbContextFactory<SyncConsoleDbContext> contexts,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var type = ParseType(entityType, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var tenantId = user.TenantId();
        var row = await RecordQueries.FindAsync(contexts, tenantId, type!.Value, id, cancellationToken);
        if (row is null || row.Deleted)
        {
            return TypedResults.NotFound();
        }

        http.Response.Headers.ETag = RecordCommands.ETag(row.Version);
        return TypedResults.Ok(await RecordQueries.WithSyncAsync(contexts, tenantId, row, cancellationToken));
    }

    private static async Task<Results<Ok<ChangesPage>, ValidationProblem>> ChangesAsync(
        string? since, [FromQuery(Name = "page_size")] int? pageSize, ClaimsPrincipal user, IDbContextFactory<SyncConsoleDbContext> contexts,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        long after = 0;
        if (since is not null && !long.TryParse(since, NumberStyles.None, CultureInfo.InvariantCulture, out after))
        {
            errors["since"] = ["since must be a cursor returned as next_cursor."];
        }

        var size = pageSize ?? DefaultChangesPageSize;
        if (size is < 1 or > MaxChangesPageSize)
        {
            errors["page_size"] = [$"page_size must be between 1 and {MaxChangesPageSize}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var tenantId = user.TenantId();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.RecordChanges.AsNoTracking()
            .Where(c => c.TenantId == tenantId && c.Seq > after)
            .OrderBy(c => c.Seq)
            .Take(size)
            .ToListAsync(cancellationToken);
        var next = rows.Count == 0 ? after : rows[^1].Seq;
        return TypedResults.Ok(new ChangesPage(
            [.. rows.Select(c => new ChangeView(c.EntityType, c.RecordId, c.Operation.ToString().ToLowerInvariant(), c.Version, c.ChangedAt))],
            next.ToString(CultureInfo.InvariantCulture)));
    }
}
