using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Api;
using SyncConsole.Data;
using SyncConsole.Integrations;
using SyncConsole.Security;

namespace SyncConsole.Endpoints;

/// <summary><c>/api/integrations</c>: catalog, connections, OAuth connect and callback, disconnect.</summary>
internal static partial class IntegrationsEndpoints
{
    public static IEndpointRouteBuilder MapIntegrationsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/integrations").WithTags("Integrations").RequireRateLimiting(ApiHostingExtensions.RateLimitPolicy);
        group.MapGet("/available", Available).RequireAuthorization(SyncConsolePolicies.Viewer);
        group.MapGet("/", ListAsync).RequireAuthorization(SyncConsolePolicies.Viewer);
        group.MapPost("/{id}/connect", ConnectAsync).RequireAuthorization(SyncConsolePolicies.Operator);
        group.MapPost("/{id}/callback", CallbackAsync).RequireAuthorization(SyncConsolePolicies.Operator);
        group.MapDelete("/{id}", DisconnectAsync).RequireAuthorization(SyncConsolePolicies.Operator);
        group.MapGet("/{id}/settings", GetSettingsAsync).RequireAuthorization(SyncConsolePolicies.Viewer);
        group.MapPut("/{id}/settings", PutSettingsAsync).RequireAuthorization(SyncConsolePolicies.Operator);
        group.MapGet("/{id}/sync-status", SyncStatusAsync).RequireAuthorization(SyncConsolePolicies.Viewer);
        return app;
    }

    internal sealed record ConnectionView(
        string Id, string Name, string Status, string? ExternalAccountId, DateTimeOffset? ConnectedAt, DateTimeOffset? LastSyncAt);

    internal sealed record ConnectRequest(string? RedirectUri);

    internal sealed record ConnectResponse(Uri AuthorizationUrl, string State);

    internal sealed record CallbackRequest(string? Code, string? State, string? RealmId);

    private static Ok<IReadOnlyList<IntegrationCatalog.Entry>> Available(IntegrationCatalog catalog) => TypedResults.Ok(catalog.Describe());

    private static async Task<Ok<List<ConnectionView>>> ListAsync(
        ClaimsPrincipal user, IDbContextFactory<SyncConsoleDbContext> contexts, IntegrationCatalog catalog, CancellationToken cancellationToken)
    {
        var tenantId = user.TenantId();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Connections.AsNoTracking().Where(c => c.TenantId == tenantId).OrderBy(c => c.IntegrationId).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(c => View(c, catalog)).ToList());
    }

    private static async Task<Results<Ok<ConnectResponse>, NotFound, ValidationProblem>> ConnectAsync(
        string id, ConnectRequest? body, ClaimsPrincipal user, IntegrationCatalog catalog, ConnectionService connections,
        CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { } integration)
        {
            return TypedResults.NotFound();
        }

        if (!Uri.TryCreate(body?.RedirectUri, UriKind.Absolute, out var redirectUri) || redirectUri.Scheme is not ("https" or "http"))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["redirect_uri"] = ["redirect_uri must be an absolute http(s) URL."] });
        }

        var (url, state) = await connections.BeginAsync(user.TenantId(), integration, redirectUri, cancellationToken);
        return TypedResults.Ok(new ConnectResponse(url, state));
    }

    private static async Task<Results<Created<ConnectionView>, NotFound, ValidationProblem>> CallbackAsync(
        string id, CallbackRequest? body, ClaimsPrincipal user, IntegrationCatalog catalog, ConnectionService connections,
        CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { } integration)
        {
            return TypedResults.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        Require(errors, "code", body?.Code);
        Require(errors, "state", body?.State);
        Require(errors, "realm_id", body?.RealmId);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var connection = await connections.CompleteAsync(
            user.TenantId(), integration, body!.State!, body.Code!, body.RealmId!, user.Actor(), cancellationToken);
        return connection is null
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["state"] = ["The state is unknown, expired or already used; start the connection again."] })
            : TypedResults.Created($"/api/integrations/{id}", View(connection, catalog));
    }

    private static async Task<Results<NoContent, NotFound>> DisconnectAsync(
        string id, ClaimsPrincipal user, ConnectionService connections, CancellationToken cancellationToken) =>
        await connections.DisconnectAsync(user.TenantId(), id, user.Actor(), cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static ConnectionView View(ConnectionRow c, IntegrationCatalog catalog) =>
        new(c.IntegrationId, catalog.Find(c.IntegrationId)?.Name ?? c.IntegrationId, c.Status, c.ExternalAccountId, c.ConnectedAt, c.LastSyncAt);

    private static void Require(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [$"{field} is required."];
        }
    }
}
