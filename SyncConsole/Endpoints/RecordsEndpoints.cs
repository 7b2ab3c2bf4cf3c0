using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Api;
using SyncConsole.Core.Schema;
using SyncConsole.Data;
using SyncConsole.Records;
using SyncConsole.Security;

namespace SyncConsole.Endpoints;

/// <summary><c>/api/records</c>: the application's side, with ETags, merge patches and the change feed.</summary>
internal static partial class RecordsEndpoints
{
    public static IEndpointRouteBuilder MapRecordsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/records").WithTags("Records").RequireRateLimiting(ApiHostingExtensions.RateLimitPolicy);
        group.MapGet("/changes", ChangesAsync).RequireAuthorization(SyncConsolePolicies.Viewer);
        group.MapGet("/{entityType}", ListAsync).RequireAuthorization(SyncConsolePolicies.Viewer);
        group.MapGet("/{entityType}/{id}", GetAsync).RequireAuthorization(SyncConsolePolicies.Viewer);
        group.MapPut("/{entityType}/{id}", PutAsync).RequireAuthorization(SyncConsolePolicies.Operator);
        group.MapPatch("/{entityType}/{id}", PatchAsync).RequireAuthorization(SyncConsolePolicies.Operator);
        group.MapDelete("/{entityType}/{id}", DeleteAsync).RequireAuthorization(SyncConsolePolicies.Operator);
        return app;
    }

    private static async Task<IResult> PutAsync(
        string entityType, string id, JsonElement body, HttpContext http, ClaimsPrincipal user, RecordCommands commands,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var type = ParseType(entityType, errors);
        var expected = IfMatch(http, errors);
        var record = type is null ? null : RecordBodyValidator.Validate(type.Value, id, body, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await commands.WriteAsync(http, user, new RecordWrite(type!.Value, id, expected, record, user.Actor()), cancellationToken);
    }

    private static async Task<IResult> PatchAsync(
        string entityType, string id, JsonElement patch, HttpContext http, ClaimsPrincipal user, RecordCommands commands,
        IDbContextFactory<SyncConsoleDbContext> contexts, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var type = ParseType(entityType, errors);
        var expected = IfMatch(http, errors);
        if (patch.ValueKind != JsonValueKind.Object)
        {
            errors["body"] = ["A merge patch must be a JSON object."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var current = await RecordQueries.FindAsync(contexts, user.TenantId(), type!.Value, id, cancellationToken);
        if (current is null || current.Deleted)
        {
            return TypedResults.NotFound();
        }

        var merged = MergePatch.Apply(JsonNode.Parse(current.Body)!, JsonNode.Parse(patch.GetRawText()));
        var record = RecordBodyValidator.Validate(type.Value, id, JsonSerializer.SerializeToElement(merged), errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // The patch applies to the version it was computed from; a concurrent write makes it a 412, not a lost update.
        return await commands.WriteAsync(http, user, new RecordWrite(type.Value, id, expected ?? current.Version, record, user.Actor()), cancellationToken);
    }

    private static async Task<IResult> DeleteAsync(
        string entityType, string id, HttpContext http, ClaimsPrincipal user, RecordCommands commands, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var type = ParseType(entityType, errors);
        var expected = IfMatch(http, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await commands.DeleteAsync(http, user, new RecordWrite(type!.Value, id, expected, null, user.Actor()), cancellationToken);
    }

    internal static EntityType? ParseType(string entityType, Dictionary<string, string[]> errors)
    {
        if (EntityTypes.TryParse(entityType, out var type))
        {
            return type;
        }

        errors["entity_type"] = [$"'{entityType}' is not an entity type ({string.Join(", ", EntityTypes.All.Select(e => e.ToWireName()))})."];
        return null;
    }

    private static long? IfMatch(HttpContext http, Dictionary<string, string[]> errors)
    {
        var header = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrEmpty(header))
        {
            return null;
        }

        if (long.TryParse(header.Trim().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }

        errors["If-Match"] = ["If-Match must be the record's ETag, e.g. \"3\"."];
        return null;
    }
}
