using System.Text.Json;
using SyncConsole.Records;

namespace SyncConsole.Components.Pages.Records;

/// <summary>What a person calls a record: its display name, name or document number, else its id.</summary>
public static class RecordTitles
{
    private static readonly string[] TitleFields = ["display_name", "name", "doc_number"];

    public static string Of(RecordRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        using var body = JsonDocument.Parse(row.Body);
        foreach (var field in TitleFields)
        {
            if (body.RootElement.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } title)
            {
                return title;
            }
        }

        return $"{row.EntityType} {row.Id}";
    }
}
