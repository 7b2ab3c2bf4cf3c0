using System.Text.Json;
using SyncConsole.Core.Conflicts;

namespace SyncConsole.Sync;

/// <summary>A conflict as the API and the console show it (shared/API.md), with base / ours / theirs per field.</summary>
public sealed record ConflictView(
    string Id, string IntegrationId, string EntityType, string? RecordId, string? ExternalId, string Kind, DateTimeOffset DetectedAt,
    string Status, IReadOnlyList<ConflictFieldView> Fields, IReadOnlyDictionary<string, JsonElement>? Choices, string? ResolvedBy,
    DateTimeOffset? ResolvedAt, bool Applied)
{
    public static ConflictView From(ConflictRow row, string integrationId)
    {
        var conflict = DatabaseConflictStore.ToConflict(row);
        return new ConflictView(
            row.Id, integrationId, row.EntityType, row.RecordId, row.ExternalId, KindName(conflict.Kind), row.DetectedAt,
            conflict.Status == ConflictStatus.Open ? "open" : "resolved",
            [.. conflict.Fields.Select(f => new ConflictFieldView(f.Field, f.Base.Json, f.Ours.Json, f.Theirs.Json))],
            conflict.Choices?.ToDictionary(c => c.Key, c => ChoiceJson(c.Value)),
            row.ResolvedBy, row.ResolvedAt, row.Applied);
    }

    private static string KindName(ConflictKind kind) => kind switch
    {
        ConflictKind.FieldValues => "field_values",
        ConflictKind.DeleteVersusEdit => "delete_versus_edit",
        ConflictKind.AmbiguousMatch => "ambiguous_match",
    };

    private static JsonElement ChoiceJson(ConflictChoice choice) => choice.Kind switch
    {
        ChoiceKind.Ours => JsonSerializer.SerializeToElement("ours"),
        ChoiceKind.Theirs => JsonSerializer.SerializeToElement("theirs"),
        ChoiceKind.Value => JsonSerializer.SerializeToElement(new { value = choice.Value!.Json }),
    };
}

/// <summary>One field of a conflict.</summary>
public sealed record ConflictFieldView(string Field, JsonElement Base, JsonElement Ours, JsonElement Theirs);
