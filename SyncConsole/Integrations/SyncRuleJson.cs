using System.Text.Json;
using SyncConsole.Core.Rules;

namespace SyncConsole.Integrations;

/// <summary>
/// How a rule is stored: its API (wire) form as snake_case JSON, the same for a tenant's rules and the system
/// defaults, so a stored rule reads back through the same validator the API uses.
/// </summary>
internal static class SyncRuleJson
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static string Write(SyncRule rule) => JsonSerializer.Serialize(SyncRuleInput.From(rule), Json);

    public static SyncRuleInput Read(string json) => JsonSerializer.Deserialize<SyncRuleInput>(json, Json)!;
}
