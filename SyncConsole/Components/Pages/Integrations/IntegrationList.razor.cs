using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;
using SyncConsole.Integrations;
using SyncConsole.Security;

namespace SyncConsole.Components.Pages.Integrations;

public sealed partial class IntegrationList
{
    private IReadOnlyList<IntegrationOverview>? overviews;
    private string? error;
    private bool busy;

    [Inject]
    private ConnectionHealthService Health { get; set; } = default!;

    [Inject]
    private ConnectionService Connections { get; set; } = default!;

    [Inject]
    private IntegrationCatalog Catalog { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> Auth { get; set; } = default!;

    /// <summary>Set by the OAuth callback page after a completed connection: the integration id.</summary>
    [SupplyParameterFromQuery(Name = "connected")]
    public string? Connected { get; set; }

    /// <summary>Set by the OAuth callback page when the connection failed: why.</summary>
    [SupplyParameterFromQuery(Name = "error")]
    public string? ConnectError { get; set; }

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        try
        {
            var user = (await Auth).User;
            overviews = await Health.ListAsync(user.TenantId(), CancellationToken.None);
            error = null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            error = $"The integrations could not be read: {ex.Message}";
        }
    }

    private string NameOf(string integrationId) => Catalog.Find(integrationId)?.Name ?? integrationId;

    // Connect and reconnect alike: a fresh OAuth authorization whose callback returns to this console.
    private async Task ConnectAsync(IntegrationOverview item)
    {
        busy = true;
        var user = (await Auth).User;
        var callback = Navigation.ToAbsoluteUri($"integrations/{Uri.EscapeDataString(item.Integration.Id)}/callback");
        var (url, _) = await Connections.BeginAsync(user.TenantId(), item.Integration, callback, CancellationToken.None);
        Navigation.NavigateTo(url.ToString(), forceLoad: true);
    }

    private async Task DisconnectAsync(IntegrationOverview item)
    {
        var confirmed = await Dialogs.Confirm(
            $"Disconnect {item.Integration.Name}? Its tokens are revoked at the provider and deleted here; sync history is kept, " +
            "and syncing stops until you connect again.",
            "Disconnect",
            new ConfirmOptions { OkButtonText = "Disconnect", CancelButtonText = "Keep connected" });
        if (confirmed != true)
        {
            return;
        }

        busy = true;
        var user = (await Auth).User;
        var done = await Connections.DisconnectAsync(user.TenantId(), item.Integration.Id, user.Actor(), CancellationToken.None);
        busy = false;
        Notifications.Notify(
            done ? NotificationSeverity.Info : NotificationSeverity.Warning,
            done ? "Disconnected" : "Not connected",
            done ? $"{item.Integration.Name} is disconnected." : $"{item.Integration.Name} was already disconnected.");
        await LoadAsync();
    }
}
