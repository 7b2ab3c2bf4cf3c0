using System.Globalization;
using System.Text.Json;

namespace SyncConsole.QuickBooks.Webhooks;

/// <summary>
/// Parses a QuickBooks webhook body in either format into normalized events: the legacy
/// <c>{"eventNotifications":[...]}</c> object or the CloudEvents 1.0 array. Verify the signature first.
/// </summary>
public static class QuickBooksWebhookParser
{
    /// <summary>Parses a raw body.</summary>
    /// <exception cref="QuickBooksWebhookFormatException">The body is not a QuickBooks notification.</exception>
    public static IReadOnlyList<QuickBooksWebhookEvent> Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            return root.ValueKind switch
            {
                JsonValueKind.Array => [.. root.EnumerateArray().Select(CloudEvent)],
                JsonValueKind.Object => Legacy(root),
                _ => throw new QuickBooksWebhookFormatException("A webhook body must be a JSON object or array."),
            };
        }
        catch (JsonException exception)
        {
            throw new QuickBooksWebhookFormatException("The webhook body is not valid JSON.", exception);
        }
        catch (InvalidOperationException exception)
        {
            throw new QuickBooksWebhookFormatException("The webhook body has an unexpected shape.", exception);
        }
    }

    private static List<QuickBooksWebhookEvent> Legacy(JsonElement root)
    {
        if (!TryGet(root, "eventNotifications", out var notifications) || notifications.ValueKind != JsonValueKind.Array)
        {
            throw new QuickBooksWebhookFormatException("A legacy webhook body needs an eventNotifications array.");
        }

        var events = new List<QuickBooksWebhookEvent>();
        foreach (var notification in notifications.EnumerateArray())
        {
            var realmId = Required(notification, "realmId");
            if (!TryGet(notification, "dataChangeEvent", out var change) || !TryGet(change, "entities", out var entities))
            {
                continue;
            }

            foreach (var entity in entities.EnumerateArray())
            {
                var name = QuickBooksWebhookNames.Entity(Required(entity, "name"));
                var id = Required(entity, "id");
                var operation = QuickBooksWebhookNames.Operation(Required(entity, "operation"));
                var at = QuickBooksWebhookTimestamps.Parse(Optional(entity, "lastUpdated"));
                var key = string.Create(CultureInfo.InvariantCulture, $"legacy:{realmId}:{name}:{id}:{operation}:{at.UtcTicks}");
                events.Add(new QuickBooksWebhookEvent(key, realmId, name, id, operation, at, Optional(entity, "deletedId"), QuickBooksWebhookFormat.Legacy));
            }
        }

        return events;
    }

    private static QuickBooksWebhookEvent CloudEvent(JsonElement item)
    {
        // type: qbo.<entity>.<past-tense operation>.v<n>
        var type = Required(item, "type").Split('.');
        if (type.Length < 3 || !type[0].Equals("qbo", StringComparison.OrdinalIgnoreCase))
        {
            throw new QuickBooksWebhookFormatException($"Unrecognised CloudEvents type '{string.Join('.', type)}'.");
        }

        string? deletedId = null;
        if (TryGet(item, "data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            deletedId = Optional(data, "deletedId");
        }

        return new QuickBooksWebhookEvent(
            Required(item, "id"),
            Required(item, "intuitaccountid"),
            QuickBooksWebhookNames.Entity(type[1]),
            Required(item, "intuitentityid"),
            QuickBooksWebhookNames.Operation(type[2]),
            QuickBooksWebhookTimestamps.Parse(Optional(item, "time")),
            deletedId,
            QuickBooksWebhookFormat.CloudEvents);
    }

    private static string Required(JsonElement obj, string name) =>
        Optional(obj, name) ?? throw new QuickBooksWebhookFormatException($"A webhook event lacks '{name}'.");

    private static string? Optional(JsonElement obj, string name) => TryGet(obj, name, out var value)
        ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        }
        : null;

    // Property names are matched case-insensitively: one documented sample spells deletedId as deletedID.
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
