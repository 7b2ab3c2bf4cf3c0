using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Radzen;
using SyncConsole.Components.Shared;
using SyncConsole.Core.Conflicts;
using SyncConsole.Sync;

namespace SyncConsole.Components.Pages.Conflicts;

/// <summary>
/// Base / ours / theirs of every conflicting field side by side, changes highlighted, and a choice per field: ours,
/// theirs or a custom value in the field's typed input. Raises <see cref="OnResolve"/> with the choices; the page
/// applies them through <see cref="ConflictResolver"/> and passes its field errors back.
/// </summary>
public sealed partial class ConflictResolverPanel
{
    private List<FieldChoice> choices = [];
    private Dictionary<string, string> localErrors = [];
    private string? shownConflict;

    /// <summary>The conflict to show (open or resolved).</summary>
    [Parameter, EditorRequired]
    public ConflictView Conflict { get; set; } = default!;

    /// <summary>True when the person may resolve (finance or admin); otherwise the panel is read-only.</summary>
    [Parameter]
    public bool CanResolve { get; set; }

    /// <summary>True while a resolution is being applied.</summary>
    [Parameter]
    public bool Busy { get; set; }

    /// <summary>Errors from the resolver, keyed <c>choices.&lt;field&gt;</c> or <c>status</c>.</summary>
    [Parameter]
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Errors { get; set; }

    /// <summary>Called with a choice for every field when the person resolves.</summary>
    [Parameter]
    public EventCallback<IReadOnlyDictionary<string, ConflictChoice>> OnResolve { get; set; }

    private bool IsOpen => Conflict.Status == "open";

    private bool AllChosen => choices.Count > 0 && choices.All(c => c.Side is not null);

    private string StatusText => IsOpen ? "open" : Conflict.Applied ? "resolved and applied" : "resolved, applying";

    private string? GeneralError => Errors is null
        ? null
        : string.Join(" ", Errors.Where(e => !e.Key.StartsWith("choices.", StringComparison.Ordinal)).SelectMany(e => e.Value)) is { Length: > 0 } text ? text : null;

    protected override void OnParametersSet()
    {
        // A new conflict (or a reloaded one) starts with fresh choices; re-renders of the same one keep them.
        var key = $"{Conflict.Id}/{Conflict.Status}";
        if (key != shownConflict)
        {
            shownConflict = key;
            choices = [.. Conflict.Fields.Select(f => new FieldChoice(Conflict.EntityType, f))];
            localErrors = [];
        }
    }

    private void Pick(FieldChoice choice, ChoiceKind side)
    {
        choice.Side = side;
        localErrors.Remove(choice.Field.Field);
    }

    private void PickAll(ChoiceKind side) => choices.ForEach(c => Pick(c, side));

    private async Task SubmitAsync()
    {
        var built = new Dictionary<string, ConflictChoice>(StringComparer.Ordinal);
        localErrors = [];
        foreach (var choice in choices)
        {
            var (value, error) = choice.Build();
            if (value is null)
            {
                localErrors[choice.Field.Field] = error!;
            }
            else
            {
                built[choice.Field.Field] = value;
            }
        }

        if (localErrors.Count == 0)
        {
            await OnResolve.InvokeAsync(built);
        }
    }

    private string? ErrorFor(string field) =>
        localErrors.GetValueOrDefault(field)
        ?? (Errors?.GetValueOrDefault($"choices.{field}") is { Count: > 0 } messages ? string.Join(" ", messages) : null);

    private static string Pressed(FieldChoice choice, ChoiceKind side) => choice.Side == side ? "true" : "false";

    private static Variant VariantOf(FieldChoice choice, ChoiceKind side) => choice.Side == side ? Variant.Filled : Variant.Outlined;

    private static string ValueClass(string side, JsonElement value, JsonElement @base, bool chosen) =>
        $"value {side}{(JsonText.Same(value, @base) ? "" : " changed")}{(chosen ? " chosen" : "")}";

    private string ChosenText(string field) => Conflict.Choices?.GetValueOrDefault(field) is { } choice
        ? choice.ValueKind == JsonValueKind.String
            ? choice.GetString()!
            : $"custom: {JsonText.Show(choice.GetProperty("value"))}"
        : "—";
}
