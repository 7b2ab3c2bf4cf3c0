using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SyncConsole.Api;
using SyncConsole.Audit;
using SyncConsole.Data;

namespace SyncConsole.Security.Embedding;

/// <summary><c>POST /api/embed-tokens</c>: a host application's server asks for a link that opens a console page in its iframe.</summary>
internal static class EmbedTokenEndpoints
{
    private const int MaxPathLength = 512;

    public static IEndpointRouteBuilder MapEmbedTokenEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/embed-tokens").WithTags("Embedding")
            .RequireAuthorization(SyncConsolePolicies.Viewer)
            .RequireRateLimiting(ApiHostingExtensions.RateLimitPolicy)
            .MapPost("", CreateAsync);
        return app;
    }

    internal sealed record EmbedTokenRequest(string? Path, int? TtlSeconds);

    internal sealed record EmbedTokenResponse(string Token, Uri Url, DateTimeOffset ExpiresAt);

    private static async Task<Results<Ok<EmbedTokenResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        EmbedTokenRequest? request, HttpContext http, ClaimsPrincipal user, EmbedTokens tokens, IOptions<EmbeddingOptions> options,
        IDbContextFactory<SyncConsoleDbContext> contexts, TimeProvider time, CancellationToken cancellationToken)
    {
        var embedding = options.Value;
        var errors = new Dictionary<string, string[]>();
        var path = EmbedPath(request?.Path, errors);
        var lifetime = request?.TtlSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : embedding.DefaultTokenLifetime;
        if (lifetime < TimeSpan.FromSeconds(10) || lifetime > embedding.MaxTokenLifetime)
        {
            errors["ttl_seconds"] = [$"Must be between 10 and {(int)embedding.MaxTokenLifetime.TotalSeconds}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (tokens.RolesFor(user).Count == 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "None of your roles may be embedded.",
                detail: $"Embedded sessions may have only: {string.Join(", ", embedding.EffectiveAllowedRoles)} (Embedding:AllowedRoles).");
        }

        var (token, expiresAt) = tokens.Issue(user, path!, lifetime);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            db.AuditEntries.Add(AuditEntries.Create(user.TenantId(), time.GetUtcNow(), user.Actor(), "embed_token.issued", null, null, null,
                new { path, roles = tokens.RolesFor(user), expires_at = expiresAt }));
            await db.SaveChangesAsync(cancellationToken);
        }

        var url = new Uri($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{path}?embed_token={Uri.EscapeDataString(token)}");
        return TypedResults.Ok(new EmbedTokenResponse(token, url, expiresAt));
    }

    // A console page under /embed: "/embed", "/embed/jobs", or a console path such as "/jobs" (prefixed with /embed).
    private static string? EmbedPath(string? requested, Dictionary<string, string[]> errors)
    {
        var path = string.IsNullOrEmpty(requested) ? EmbedRoutes.Prefix : requested;
        if (path.Length > MaxPathLength || path[0] != '/' || path.StartsWith("//", StringComparison.Ordinal)
            || path.IndexOfAny(['?', '#', '\\']) >= 0 || path.Split('/').Any(segment => segment is "." or ".."))
        {
            errors["path"] = [$"Must be a console path starting with '/' (at most {MaxPathLength} characters, no query, fragment, '.' or '..')."];
            return null;
        }

        return EmbedRoutes.IsEmbedPath(path) ? path : EmbedRoutes.Prefix + (path == "/" ? "" : path);
    }
}
