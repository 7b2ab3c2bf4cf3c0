using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SyncConsole.QuickBooks.Sandbox.Query;

namespace SyncConsole.QuickBooks.Sandbox.Endpoints;

/// <summary>The emulated accounting API under <c>/v3/company/{realmId}</c>.</summary>
internal static class SandboxApiEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        var v3 = group.MapGroup("/v3/company/{realmId}");
        v3.MapGet("/query", QueryAsync);
        v3.MapPost("/query", QueryAsync);
        v3.MapGet("/cdc", CdcAsync);
        v3.MapPost("/batch", BatchAsync);
        v3.MapGet("/{entity}/{id}", ReadAsync);
        v3.MapPost("/{entity}", WriteAsync);
    }

    private static Task<IResult> QueryAsync(HttpContext context, string realmId) =>
        SandboxApiGate.RunAsync(context, realmId, async (realm, cancellationToken) =>
        {
            var text = context.Request.Query["query"].ToString();
            if (string.IsNullOrEmpty(text) && HttpMethods.IsPost(context.Request.Method))
            {
                using var reader = new StreamReader(context.Request.Body);
                text = await reader.ReadToEndAsync(cancellationToken);
            }

            var cache = context.RequestServices.GetRequiredService<SandboxQueryCache>();
            return await Companies(context).ReadAsync(realm, async session =>
                new JsonObject { ["QueryResponse"] = await SandboxQueryEngine.RunAsync(session, text, cancellationToken, cache) }, cancellationToken);
        });

    private static Task<IResult> CdcAsync(HttpContext context, string realmId) =>
        SandboxApiGate.RunAsync(context, realmId, (realm, cancellationToken) =>
        {
            var options = context.RequestServices.GetRequiredService<IOptions<SandboxOptions>>().Value;
            return Companies(context).ReadAsync(realm, session => SandboxCdc.RunAsync(
                session, context.Request.Query["entities"], context.Request.Query["changedSince"], options, cancellationToken), cancellationToken);
        });

    private static Task<IResult> BatchAsync(HttpContext context, string realmId) =>
        SandboxApiGate.RunAsync(context, realmId, async (realm, cancellationToken) =>
        {
            var body = await ReadBodyAsync(context, cancellationToken);
            var max = context.RequestServices.GetRequiredService<IOptions<SandboxOptions>>().Value.MaxBatchItems;
            var items = (body["BatchItemRequest"] as JsonArray)?.Count ?? 0;
            // The batch request itself was metered by the gate; its other items count as calls too.
            if (items is > 1 && items <= max && !context.RequestServices.GetRequiredService<SandboxRateLimiter>().TryConsume(realmId, items - 1))
            {
                throw SandboxFaultException.Throttled();
            }

            return await Companies(context).WriteAsync(realmId, RequestId(context), session => SandboxBatch.RunAsync(session, body, max, cancellationToken), cancellationToken);
        });

    private static Task<IResult> ReadAsync(HttpContext context, string realmId, string entity, string id) =>
        SandboxApiGate.RunAsync(context, realmId, (realm, cancellationToken) =>
        {
            var type = ParseEntity(entity);
            return Companies(context).ReadAsync(realm, async session =>
                new JsonObject { [SandboxEntities.Name(type)] = await SandboxLedger.ReadAsync(session, type, id, cancellationToken) }, cancellationToken);
        });

    private static Task<IResult> WriteAsync(HttpContext context, string realmId, string entity) =>
        SandboxApiGate.RunAsync(context, realmId, async (realm, cancellationToken) =>
        {
            var type = ParseEntity(entity);
            var body = await ReadBodyAsync(context, cancellationToken);
            var operation = context.Request.Query["operation"].ToString();
            var include = context.Request.Query["include"].ToString();
            if (context.RequestServices.GetRequiredService<SandboxFaultInjector>().Refuses(realm, body.ToJsonString()))
            {
                throw SandboxFaultException.BusinessValidation();
            }

            return await Companies(context).WriteAsync(realmId, RequestId(context), async session =>
            {
                var result = operation switch
                {
                    "delete" => await SandboxLedger.DeleteAsync(session, type, body, cancellationToken),
                    "void" => await SandboxLedger.VoidAsync(session, type, body, cancellationToken),
                    "update" when include == "void" => await SandboxLedger.VoidAsync(session, type, body, cancellationToken),
                    "" or "create" or "update" => body["Id"] is null
                        ? await SandboxLedger.CreateAsync(session, type, body, cancellationToken)
                        : await SandboxLedger.UpdateAsync(session, type, body, cancellationToken),
                    _ => throw SandboxFaultException.Unsupported($"Operation {operation} is not supported."),
                };
                return new JsonObject { [SandboxEntities.Name(type)] = result };
            }, cancellationToken);
        });

    private static SandboxCompanies Companies(HttpContext context) => context.RequestServices.GetRequiredService<SandboxCompanies>();

    private static string? RequestId(HttpContext context) => context.Request.Query["requestid"].FirstOrDefault();

    private static SandboxEntity ParseEntity(string segment) => SandboxEntities.TryParsePath(segment, out var entity)
        ? entity
        : throw SandboxFaultException.Unsupported($"Unsupported Operation: the resource {segment} is not available.");

    private static async Task<JsonObject> ReadBodyAsync(HttpContext context, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonNode.ParseAsync(context.Request.Body, cancellationToken: cancellationToken) as JsonObject
                ?? throw SandboxFaultException.BadRequest("The request body must be a JSON object.");
        }
        catch (JsonException exception)
        {
            throw SandboxFaultException.BadRequest($"Request has invalid JSON: {exception.Message}");
        }
    }
}
