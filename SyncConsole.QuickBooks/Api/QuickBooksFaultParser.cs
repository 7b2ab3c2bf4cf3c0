using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace SyncConsole.QuickBooks.Api;

/// <summary>
/// Turns a QuickBooks error answer into a classified <see cref="QuickBooksApiException"/>: the JSON Fault, the XML
/// IntuitResponse some throttle and auth faults still come as, or plain text.
/// </summary>
internal static class QuickBooksFaultParser
{
    public static QuickBooksApiException Parse(int statusCode, string? body)
    {
        var (type, errors) = ParseBody(body ?? string.Empty);
        var kind = Classify(statusCode, type, errors);
        var first = errors.Count > 0 ? errors[0] : null;
        var message = first is null
            ? $"QuickBooks answered HTTP {statusCode}."
            : $"QuickBooks answered HTTP {statusCode}: {first.Code} {first.Message}{(string.IsNullOrEmpty(first.Detail) ? string.Empty : $" ({first.Detail})")}";
        return new QuickBooksApiException(kind, statusCode, type, errors, message, null);
    }

    public static bool HasFault(JsonElement root) => root.ValueKind == JsonValueKind.Object && TryGet(root, "Fault", out _);

    public static (string? Type, List<QuickBooksFaultError> Errors) FromJson(JsonElement fault)
    {
        var type = TryGet(fault, "type", out var t) ? t.GetString() : null;
        var errors = new List<QuickBooksFaultError>();
        if (TryGet(fault, "Error", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var error in list.EnumerateArray())
            {
                errors.Add(new QuickBooksFaultError(
                    Text(error, "code") ?? string.Empty, Text(error, "Message") ?? string.Empty, Text(error, "Detail"), Text(error, "element")));
            }
        }

        return (type, errors);
    }

    public static QuickBooksErrorKind Classify(int statusCode, string? type, IReadOnlyList<QuickBooksFaultError> errors)
    {
        var codes = errors.Select(e => e.Code.TrimStart('0')).ToHashSet(StringComparer.Ordinal);
        if (codes.Contains("5010"))
        {
            return QuickBooksErrorKind.Stale;
        }

        if (codes.Contains("6240") || codes.Contains("6140"))
        {
            return QuickBooksErrorKind.Duplicate;
        }

        if (statusCode == 429 || codes.Contains("3001"))
        {
            return QuickBooksErrorKind.Throttled;
        }

        if (statusCode is 401 or 403 || codes.Contains("100") || codes.Contains("3100") || codes.Contains("3200")
            || type is "AuthenticationFault" or "AuthorizationFault")
        {
            return QuickBooksErrorKind.Authentication;
        }

        if (statusCode == 404 || codes.Contains("610"))
        {
            return QuickBooksErrorKind.NotFound;
        }

        return statusCode >= 500 || type == "SystemFault" ? QuickBooksErrorKind.Transient : QuickBooksErrorKind.Validation;
    }

    private static (string? Type, List<QuickBooksFaultError> Errors) ParseBody(string body)
    {
        var trimmed = body.TrimStart();
        if (trimmed.StartsWith('{'))
        {
            try
            {
                using var document = JsonDocument.Parse(trimmed);
                if (TryGet(document.RootElement, "Fault", out var fault))
                {
                    return FromJson(fault);
                }
            }
            catch (JsonException)
            {
                // Fall through to the plain-text reading below.
            }
        }
        else if (trimmed.StartsWith('<'))
        {
            try
            {
                return FromXml(XDocument.Parse(trimmed));
            }
            catch (XmlException)
            {
                // Fall through to the plain-text reading below.
            }
        }

        var text = body.Length > 300 ? body[..300] : body;
        return (null, text.Length == 0 ? [] : [new QuickBooksFaultError(string.Empty, text, null, null)]);
    }

    private static (string? Type, List<QuickBooksFaultError> Errors) FromXml(XDocument document)
    {
        var fault = document.Descendants().FirstOrDefault(e => e.Name.LocalName == "Fault");
        var errors = document.Descendants().Where(e => e.Name.LocalName == "Error").Select(e => new QuickBooksFaultError(
            (string?)e.Attribute("code") ?? string.Empty,
            e.Elements().FirstOrDefault(c => c.Name.LocalName == "Message")?.Value ?? string.Empty,
            e.Elements().FirstOrDefault(c => c.Name.LocalName == "Detail")?.Value,
            (string?)e.Attribute("element"))).ToList();
        return ((string?)fault?.Attribute("type"), errors);
    }

    private static string? Text(JsonElement obj, string name) => TryGet(obj, name, out var value)
        ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
        : null;

    private static bool TryGet(JsonElement obj, string name, out JsonElement value)
    {
        if (obj.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in obj.EnumerateObject())
            {
                if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    value = property.Value;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }
}
