using System.Text.Json;
using System.Text.Json.Nodes;
using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;

namespace SyncConsole.SyncJobs;

/// <summary>A job's JSON columns in the shape the API shows them.</summary>
internal static class SyncJobJson
{
    public static string WriteEntities(IReadOnlyList<EntityJobSummary> entities) =>
        new JsonArray([.. entities.Select(e => (JsonNode)new JsonObject
        {
            ["entity_type"] = e.EntityType.ToWireName(),
            ["direction"] = e.Direction.ToWireName(),
            ["fetched"] = e.Fetched,
            ["created"] = e.Created,
            ["updated"] = e.Updated,
            ["deleted"] = e.Deleted,
            ["skipped"] = e.Skipped,
            ["conflicts"] = e.Conflicts,
            ["failed"] = e.Failed,
        })]).ToJsonString();

    public static string WritePlan(IReadOnlyList<RecordResult> plan) =>
        new JsonArray([.. plan.Select(r => (JsonNode)new JsonObject
        {
            ["entity_type"] = r.EntityType.ToWireName(),
            ["record_id"] = r.RecordId,
            ["external_id"] = r.ExternalId,
            ["direction"] = r.Direction.ToWireName(),
            ["action"] = r.Action.ToWireName(),
            ["message"] = r.Message,
        })]).ToJsonString();

    public static IReadOnlyList<EntityType> ReadEntityTypes(string json) =>
        [.. JsonSerializer.Deserialize<string[]>(json)!.Select(name => EntityTypes.TryParse(name, out var t) ? t.Value : throw new JsonException(name))];
}
