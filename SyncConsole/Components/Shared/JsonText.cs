using System.Text.Json;

namespace SyncConsole.Components.Shared;

/// <summary>How a canonical JSON value reads on a page: strings bare, null as empty, objects and arrays compact.</summary>
public static class JsonText
{
    public static string Show(JsonElement? value) => value switch
    {
        null => "",
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => "",
        { ValueKind: JsonValueKind.String } v => v.GetString() ?? "",
        { } v => v.GetRawText(),
    };

    /// <summary>Semantic equality (number formatting and property order ignored), null and absent alike.</summary>
    public static bool Same(JsonElement? a, JsonElement? b)
    {
        var left = a is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } x ? x : (JsonElement?)null;
        var right = b is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } y ? y : (JsonElement?)null;
        return left is null ? right is null : right is not null && JsonElement.DeepEquals(left.Value, right.Value);
    }
}
