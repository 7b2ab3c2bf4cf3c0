using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;
using SyncConsole.Admin;
using SyncConsole.Components.Shared;
using SyncConsole.Core.Schema;
using SyncConsole.Integrations;

namespace SyncConsole.Components.Pages.Admin;

/// <summary>
/// Admins only (page policy): every tenant's connections, their per-entity sync status, cursor resets, and the system
/// default rules (AdminHome.DefaultRules.cs).
/// </summary>
public sealed partial class AdminHome
{
    private IReadOnlyList<AdminConnectionView>? connections;
    private AdminConnectionView? selected;
    private IReadOnlyList<EntitySyncStatus>? entities;
    private string? error;
    private string? statusError;

    [Inject]
    private AdminService Admin { get; set; } = default!;

    [Inject]
    private SyncStatusQueries Status { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        try
        {
            connections = await Admin.ListConnectionsAsync(CancellationToken.None);
        }
        catch (InvalidOperationException ex)
        {
            error = $"The connections could not be read: {ex.Message}";
        }

        await LoadDefaultsAsync();
    }

    private async Task SelectAsync(AdminConnectionView connection)
    {
        selected = connection;
        entities = null;
        statusError = null;
        try
        {
            entities = await Status.ForConnectionAsync(connection.TenantId, connection.Id, CancellationToken.None);
            statusError = entities is null ? "This connection no longer exists." : null;
        }
        catch (InvalidOperationException ex)
        {
            statusError = $"The sync status could not be read: {ex.Message}";
        }
    }

    private async Task ResetAsync(AdminConnectionView connection, EntitySyncStatus entity)
    {
        var confirmed = await Dialogs.Confirm(
            $"Reset the {entity.EntityType} cursor of {connection.TenantName ?? connection.TenantId.ToString()} ({connection.Id})? "
            + "The next sync job reads every record of that entity again; links are kept.",
            "Reset cursor",
            new ConfirmOptions { OkButtonText = "Reset cursor", CancelButtonText = "Cancel" });
        if (confirmed != true || !EntityTypes.TryParse(entity.EntityType, out var type))
        {
            return;
        }

        var user = await ConsoleUser.ReadAsync(Authentication, Authorization);
        try
        {
            var found = await Admin.ResetCursorAsync(connection.TenantId, connection.Id, type.Value, user.Actor, CancellationToken.None);
            Notifications.Notify(found ? NotificationSeverity.Success : NotificationSeverity.Error, found ? "Cursor reset" : "Not reset",
                found ? $"The next job reads every {entity.EntityType} in full." : "This connection no longer exists.");
        }
        catch (Exception ex) when (ex is InvalidOperationException or Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            Notifications.Notify(NotificationSeverity.Error, "Not reset", ex.Message);
        }

        await SelectAsync(connection);
    }
}
