using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using SyncConsole.Endpoints;
using SyncConsole.Hosting;
using SyncConsole.Security;
using SyncConsole.Security.Embedding;

namespace SyncConsole.Api;

internal static class ApiHostingExtensions
{
    public const string RateLimitPolicy = "api";

    public static void AddSyncApi(this IHostApplicationBuilder builder)
    {
        var options = builder.AddValidatedOptions<ApiOptions, ApiOptionsValidator>(ApiOptions.SectionName);
        builder.Services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o => ApiJson.Configure(o.SerializerOptions));
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecurityTransformer>());
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(RateLimitPolicy, http => RateLimitPartition.GetTokenBucketLimiter(
                http.User.Identity?.IsAuthenticated == true
                    ? "tenant:" + http.User.FindFirst(SyncConsoleClaims.TenantId)?.Value
                    : "ip:" + http.Connection.RemoteIpAddress,
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = options.Burst,
                    TokensPerPeriod = Math.Max(1, options.RequestsPerMinute / 60),
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                }));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                await response.WriteAsJsonAsync(
                    new ProblemDetails { Status = 429, Title = "Too many requests.", Detail = "Slow down and retry after the Retry-After delay." },
                    options: null, contentType: "application/problem+json", cancellationToken);
            };
        });
    }

    public static void MapSyncApi(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/openapi/v1.json", "SyncConsole API v1");
            o.RoutePrefix = "swagger";
        });
        app.MapAuditEndpoints();
        app.MapIntegrationsEndpoints();
        app.MapIntegrationPushEndpoints();
        app.MapRecordsEndpoints();
        app.MapSyncJobsEndpoints();
        app.MapConflictsEndpoints();
        app.MapAdminEndpoints();
        app.MapEmbedTokenEndpoints();
        app.MapDeadLettersEndpoints();
        app.MapNotificationsEndpoints();
    }
}
