using System.Text.Json;
using System.Text.Json.Nodes;
using SyncConsole.QuickBooks.Api.Dtos;

namespace SyncConsole.QuickBooks.Api;

/// <summary>One item of a batch request; items are independent (none sees another's create).</summary>
internal sealed record QboBatchOperation(string BId, QboBatchVerb Verb, string? EntityName, JsonObject? Payload, string? Query)
{
    public static QboBatchOperation Create<T>(string bId, T entity)
        where T : QboEntity, IQboEntity => new(bId, QboBatchVerb.Create, T.EntityName, ToJson(entity), null);

    /// <summary>An operation on an entity whose type is only known at run time.</summary>
    public static QboBatchOperation For(string bId, QboBatchVerb verb, string entityName, QboEntity entity, bool sparse)
    {
        var json = JsonSerializer.SerializeToNode(entity, entity.GetType(), QboJson.Options) as JsonObject
            ?? throw new InvalidOperationException("An entity must serialize to an object.");
        if (sparse)
        {
            json["sparse"] = true;
        }

        return new(bId, verb, entityName, json, null);
    }

    public static QboBatchOperation Select(string bId, string query) => new(bId, QboBatchVerb.Query, null, null, query);

    private static JsonObject ToJson<T>(T entity) =>
        JsonSerializer.SerializeToNode(entity, QboJson.Options) as JsonObject ?? throw new InvalidOperationException("An entity must serialize to an object.");
}
