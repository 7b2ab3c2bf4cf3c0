using System.Text.Json;
using System.Text.Json.Serialization;

namespace SyncConsole.Api;

/// <summary>The REST API's JSON: snake_case names and lower-case snake_case enum strings (shared/API.md).</summary>
internal static class ApiJson
{
    /// <summary>For JSON the app keeps in its own columns in the API's shape (audit values, notification bodies, policy choices).</summary>
    public static JsonSerializerOptions Stored { get; } = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
    }
}
