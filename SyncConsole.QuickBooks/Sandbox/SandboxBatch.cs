using System.Text.Json.Nodes;
using SyncConsole.QuickBooks.Sandbox.Query;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>
/// The batch operation: up to the configured number of items, each succeeding or failing on its own (a per-item
/// Fault next to its bId). Items cannot see each other's creates, as QuickBooks documents.
/// </summary>
internal static class SandboxBatch
{
    public static async Task<JsonObject> RunAsync(SandboxSession session, JsonObject body, int maxItems, CancellationToken cancellationToken)
    {
        var items = body["BatchItemRequest"] as JsonArray ?? throw SandboxFaultException.Required("BatchItemRequest");
        if (items.Count > maxItems)
        {
            throw SandboxFaultException.BatchTooLarge(maxItems);
        }

        var responses = new JsonArray();
        foreach (var item in items.OfType<JsonObject>())
        {
            var response = new JsonObject { ["bId"] = SandboxJson.GetString(item, "bId") };
            try
            {
                var (name, value) = await RunItemAsync(session, item, cancellationToken);
                response[name] = value;
            }
            catch (SandboxFaultException fault)
            {
                response["Fault"] = SandboxResponses.FaultBody(fault);
            }

            responses.Add(response);
        }

        return new JsonObject { ["BatchItemResponse"] = responses };
    }

    private static async Task<(string Name, JsonNode Value)> RunItemAsync(SandboxSession session, JsonObject item, CancellationToken cancellationToken)
    {
        if (SandboxJson.GetString(item, "Query") is { } query)
        {
            return ("QueryResponse", await SandboxQueryEngine.RunAsync(session, query, cancellationToken));
        }

        var (entity, obj) = EntityOf(item);
        var operation = SandboxJson.GetString(item, "operation") ?? throw SandboxFaultException.Required("operation");
        var options = SandboxJson.GetString(item, "optionsData");
        JsonObject result = operation switch
        {
            "create" => await SandboxLedger.CreateAsync(session, entity, obj, cancellationToken),
            "update" when options == "void" => await SandboxLedger.VoidAsync(session, entity, obj, cancellationToken),
            "update" => await SandboxLedger.UpdateAsync(session, entity, obj, cancellationToken),
            "delete" => await SandboxLedger.DeleteAsync(session, entity, obj, cancellationToken),
            "void" => await SandboxLedger.VoidAsync(session, entity, obj, cancellationToken),
            _ => throw SandboxFaultException.InvalidEnumeration("operation", operation),
        };
        if (operation == "create")
        {
            session.Invisible.Add(SandboxJson.GetString(result, "Id")!);
        }

        return (SandboxEntities.Name(entity), result);
    }

    private static (SandboxEntity Entity, JsonObject Body) EntityOf(JsonObject item)
    {
        foreach (var (name, value) in item)
        {
            if (value is JsonObject obj && SandboxEntities.TryParseName(name, out var entity))
            {
                return (entity, obj);
            }
        }

        throw SandboxFaultException.BadRequest("A batch item needs one entity object or a Query.");
    }
}
