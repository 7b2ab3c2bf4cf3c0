using System.Globalization;
using System.Text.Json;
using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Schema;
using SyncConsole.Sync;

namespace SyncConsole.Components.Pages.Conflicts;

/// <summary>
/// What a person chose for one conflicting field so far: ours, theirs, or a custom value typed in the field's own
/// input (prefilled with ours, so a small correction starts from the current value).
/// </summary>
public sealed class FieldChoice
{
    public FieldChoice(string entityType, ConflictFieldView field)
    {
        ArgumentNullException.ThrowIfNull(field);
        Field = field;
        Kind = FieldInputKinds.For(entityType, field.Field);
        var ours = field.Ours;
        switch (Kind)
        {
            case FieldInputKind.Number:
                Number = ours.ValueKind == JsonValueKind.Number ? ours.GetDecimal() : null;
                break;
            case FieldInputKind.Date:
                Date = ours.ValueKind == JsonValueKind.String && DateTime.TryParseExact(ours.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? date
                    : null;
                break;
            case FieldInputKind.Boolean:
                Flag = ours.ValueKind == JsonValueKind.True;
                break;
            case FieldInputKind.Text:
            case FieldInputKind.Json:
                Text = Kind == FieldInputKind.Text && ours.ValueKind == JsonValueKind.String ? ours.GetString()
                    : ours.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? "" : ours.GetRawText();
                break;
        }
    }

    public ConflictFieldView Field { get; }

    public FieldInputKind Kind { get; }

    /// <summary>Null until the person picks.</summary>
    public ChoiceKind? Side { get; set; }

    public string? Text { get; set; }

    public decimal? Number { get; set; }

    public DateTime? Date { get; set; }

    public bool Flag { get; set; }

    /// <summary>The choice to send, or why the custom value cannot be used.</summary>
    public (ConflictChoice? Choice, string? Error) Build()
    {
        switch (Side)
        {
            case null:
                return (null, "Choose ours, theirs or a custom value.");
            case ChoiceKind.Ours:
                return (ConflictChoice.Ours, null);
            case ChoiceKind.Theirs:
                return (ConflictChoice.Theirs, null);
            case ChoiceKind.Value:
                break;
        }

        switch (Kind)
        {
            case FieldInputKind.Number:
                return (ConflictChoice.Explicit(Number is { } n ? CanonicalValue.From(n) : CanonicalValue.Null), null);
            case FieldInputKind.Date:
                return (ConflictChoice.Explicit(Date is { } d ? CanonicalValue.From(DateOnly.FromDateTime(d)) : CanonicalValue.Null), null);
            case FieldInputKind.Boolean:
                return (ConflictChoice.Explicit(CanonicalValue.From(Flag)), null);
            case FieldInputKind.Text:
                return (ConflictChoice.Explicit(string.IsNullOrEmpty(Text) ? CanonicalValue.Null : CanonicalValue.From(Text)), null);
            case FieldInputKind.Json:
                break;
        }

        if (string.IsNullOrWhiteSpace(Text))
        {
            return (ConflictChoice.Explicit(CanonicalValue.Null), null);
        }

        try
        {
            using var document = JsonDocument.Parse(Text);
            return (ConflictChoice.Explicit(CanonicalValue.FromJson(document.RootElement)), null);
        }
        catch (JsonException ex)
        {
            return (null, $"Not valid JSON: {ex.Message}");
        }
    }
}
