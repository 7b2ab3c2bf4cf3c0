using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Radzen;
using SyncConsole.Admin;
using SyncConsole.Components.Pages.Integrations;
using SyncConsole.Components.Shared;

namespace SyncConsole.Components.Pages.Admin;

/// <summary>
/// The system default rules in the same editor a connection's rules use, saved through the same validator: inline
/// errors from the server, a failed save shown above the editor.
/// </summary>
public sealed partial class AdminHome
{
    private List<RuleDraft>? defaultDrafts;
    private IReadOnlyDictionary<string, IReadOnlyList<string>> defaultErrors = new Dictionary<string, IReadOnlyList<string>>();
    private string? defaultsError;
    private string? defaultsSaveError;
    private bool savingDefaults;

    [Inject]
    private DefaultRuleService Defaults { get; set; } = default!;

    private async Task LoadDefaultsAsync()
    {
        try
        {
            defaultDrafts = [.. (await Defaults.GetAsync(CancellationToken.None)).Select(RuleDraft.From)];
        }
        catch (InvalidOperationException ex)
        {
            defaultsError = $"The default rules could not be read: {ex.Message}";
        }
    }

    private async Task SaveDefaultsAsync()
    {
        savingDefaults = true;
        defaultsSaveError = null;
        try
        {
            var user = await ConsoleUser.ReadAsync(Authentication, Authorization);
            // One id for everything this save changes, so the audit trail shows them as one edit.
            var editor = new DefaultRuleEditor(user.TenantId, user.Actor, Guid.NewGuid().ToString("N"));
            var result = await Defaults.UpdateAllAsync([.. defaultDrafts!.Select(d => d.ToInput())], editor, CancellationToken.None);
            defaultErrors = result.Errors;
            if (result.IsValid)
            {
                Notifications.Notify(NotificationSeverity.Success, "Saved", "New connections start with these rules.");
                await LoadDefaultsAsync();
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or DbUpdateException)
        {
            defaultsSaveError = $"The default rules were not saved: {ex.Message}";
        }
        finally
        {
            savingDefaults = false;
        }
    }
}
