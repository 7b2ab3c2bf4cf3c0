using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Core.Schema;
using SyncConsole.Data;
using SyncConsole.QuickBooks.Webhooks;
using SyncConsole.Records;
using SyncConsole.Security;
using SyncConsole.Webhooks;

namespace SyncConsole.Endpoints;

internal static partial class IntegrationsEndpoints
{
    private const int MaxNotifyRecords = 1000;

    internal sealed record NotifyRequest(string? EntityType, IReadOnlyList<string>? RecordIds);

    internal sealed record NotifyResponse(int Accepted, string? JobId);

    internal static IEndpointRouteBuilder MapIntegrationPushEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/integrations").WithTags("Integrations");
        group.MapPost("/{id}/notify", NotifyAsync).RequireAuthorization(SyncConsolePolicies.Operator);
        // No bearer token: the provider signs the body instead, and a bad signature records nothing.
        group.MapPost("/{id}/webhooks/{provider}", WebhookAsync).AllowAnonymous().DisableAntiforgery();
        return app;
    }

    private static async Task<Results<Accepted<NotifyResponse>, NotFound, ValidationProblem>> NotifyAsync(
        string id, NotifyRequest? body, ClaimsPrincipal user, IDbContextFactory<SyncConsoleDbContext> contexts, PushTrigger push,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var tenantId = user.TenantId();
        var errors = new Dictionary<string, string[]>();
        var type = body?.EntityType is { } name ? RecordsEndpoints.ParseType(name, errors) : null;
        if (body?.EntityType is null)
        {
            errors["entity_type"] = ["entity_type is required."];
        }

        var ids = body?.RecordIds?.Distinct(StringComparer.Ordinal).ToList() ?? [];
        if (ids.Count is 0 or > MaxNotifyRecords)
        {
            errors["record_ids"] = [$"record_ids must list 1 to {MaxNotifyRecords} record ids."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Connections.AnyAsync(c => c.TenantId == tenantId && c.IntegrationId == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var wire = type!.Value.ToWireName();
        var found = await db.Records.Where(r => r.TenantId == tenantId && r.EntityType == wire && ids.Contains(r.Id) && !r.Deleted)
            .Select(r => r.Id).ToListAsync(cancellationToken);
        var missing = ids.Except(found, StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["record_ids"] = [$"Unknown {wire} records: {string.Join(", ", missing.Take(20))}."] });
        }

        // Each notified record gets a new internal version (and a change-log entry), in one transaction.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // Locked before the reads: each record is written again exactly as it now is.
            await RecordWrites.LockTenantAsync(db, tenantId, cancellationToken);
            foreach (var recordId in ids)
            {
                var row = await db.Records.AsNoTracking().SingleAsync(r => r.TenantId == tenantId && r.EntityType == wire && r.Id == recordId, cancellationToken);
                await RecordWrites.ApplyAsync(db, tenantId, new RecordWrite(type.Value, recordId, row.Version, RecordWrites.ToCanonical(row), user.Actor()), time.GetUtcNow(), cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        var jobs = await push.OnChangedAsync(tenantId, type.Value, "push", user.Actor(), cancellationToken);
        return TypedResults.Accepted((string?)null, new NotifyResponse(ids.Count, jobs.Count > 0 ? jobs[0] : null));
    }

    private static async Task<IResult> WebhookAsync(
        string id, string provider, HttpContext http, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (id != "quickbooks" || provider != "quickbooks" || services.GetService<QuickBooksWebhookReceiver>() is not { } receiver)
        {
            return TypedResults.NotFound();
        }

        var receipt = await receiver.ReceiveAsync(http.Request, cancellationToken);
        switch (receipt.Status)
        {
            case QuickBooksWebhookStatus.BadSignature:
                return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The webhook signature is missing or wrong.");
            case QuickBooksWebhookStatus.Malformed:
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The webhook body could not be read.");
            case QuickBooksWebhookStatus.Accepted:
                var applied = await services.GetRequiredService<WebhookEventApplier>().ApplyAsync(receipt.Events, cancellationToken);
                return TypedResults.Ok(new { received = receipt.Events.Count, applied });
            default:
                throw new InvalidOperationException($"Unknown webhook status {receipt.Status}.");
        }
    }
}
