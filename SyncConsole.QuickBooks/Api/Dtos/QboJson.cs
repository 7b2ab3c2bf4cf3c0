using System.Text.Json;
using System.Text.Json.Serialization;

namespace SyncConsole.QuickBooks.Api.Dtos;

/// <summary>JSON settings for QuickBooks: PascalCase names as declared, nulls left out (so updates are sparse).</summary>
internal static class QboJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = null,
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}
