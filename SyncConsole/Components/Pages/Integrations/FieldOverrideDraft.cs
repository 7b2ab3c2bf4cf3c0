namespace SyncConsole.Components.Pages.Integrations;

/// <summary>One row of a rule's field overrides while it is edited.</summary>
public sealed class FieldOverrideDraft
{
    public string? Field { get; set; }

    public string? Policy { get; set; } = "our_system";
}
