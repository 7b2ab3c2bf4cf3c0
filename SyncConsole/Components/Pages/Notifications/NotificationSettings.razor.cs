using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;
using SyncConsole.Api;
using SyncConsole.Components.Shared;
using SyncConsole.Notifications;
using SyncConsole.Security;

namespace SyncConsole.Components.Pages.Notifications;

public sealed partial class NotificationSettings
{
    private const int PageSize = 20;

    private NotificationEndpointView? endpoint;
    private PagedList<NotificationDeliveryView>? deliveries;
    private string? error;
    private string? validation;
    private string? newSecret;
    private string? url;
    private bool enabled = true;
    private string? status;
    private int pageNumber = 1;
    private bool isAdmin;
    private bool canReplay;
    private Guid tenantId;
    private string actor = string.Empty;

    [Inject]
    private NotificationEndpointService Endpoints { get; set; } = default!;

    [Inject]
    private NotificationDeliveryService Deliveries { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private NotificationService Toasts { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var principal = (await Authentication).User;
        tenantId = principal.TenantId();
        actor = principal.Actor();
        isAdmin = principal.IsInRole(SyncConsolePolicies.Admin);
        canReplay = isAdmin || principal.IsInRole(SyncConsolePolicies.Operator);
        await LoadAsync();
        url = endpoint?.Url;
        // A new endpoint starts enabled; a configured one shows what is stored.
        enabled = endpoint is not { Configured: true } || endpoint.Enabled;
    }

    private Task OnPageAsync(LoadDataArgs args)
    {
        pageNumber = ((args.Skip ?? 0) / PageSize) + 1;
        return LoadAsync();
    }

    private async Task LoadAsync()
    {
        try
        {
            error = null;
            endpoint = await Endpoints.GetAsync(tenantId, CancellationToken.None);
            deliveries = await Deliveries.ListAsync(tenantId, status, new PageRequest(pageNumber, PageSize), CancellationToken.None);
        }
        catch (InvalidOperationException ex)
        {
            error = $"The notification settings could not be read: {ex.Message}";
        }
    }

    private async Task SaveAsync(bool rotate)
    {
        var errors = NotificationEndpointService.Validate(url, enabled);
        validation = errors.Count == 0 ? null : string.Join(" ", errors.SelectMany(e => e.Value));
        if (validation is not null || !isAdmin)
        {
            return;
        }

        var saved = await Endpoints.SaveAsync(tenantId, url!, enabled, rotate, actor, CancellationToken.None);
        // A secret stays on screen until the page is left, even across later saves that do not rotate it.
        newSecret = saved.Secret ?? newSecret;
        Toasts.Notify(NotificationSeverity.Success, "Saved", rotate ? "The signing secret was rotated." : "Endpoint settings saved.");
        await LoadAsync();
    }

    private async Task ReplayAsync(NotificationDeliveryView delivery)
    {
        var confirmed = await Dialogs.Confirm(
            $"Send notification {delivery.Id} again?", "Replay notification", new ConfirmOptions { OkButtonText = "Replay", CancelButtonText = "Cancel" });
        if (confirmed != true)
        {
            return;
        }

        var replay = await Deliveries.ReplayAsync(tenantId, delivery.Id, actor, CancellationToken.None);
        switch (replay.Outcome)
        {
            case NotificationReplayOutcome.Queued:
                Toasts.Notify(NotificationSeverity.Success, "Replay queued", "The notification is sent again now.");
                break;
            case NotificationReplayOutcome.NotFound:
                Toasts.Notify(NotificationSeverity.Warning, "Not found", "The delivery no longer exists.");
                break;
            case NotificationReplayOutcome.Expired:
                Toasts.Notify(NotificationSeverity.Error, "Too old", "Deliveries can be replayed for 14 days.");
                break;
            case NotificationReplayOutcome.NoEndpoint:
                Toasts.Notify(NotificationSeverity.Error, "No endpoint", "Configure and enable the endpoint first.");
                break;
        }

        await LoadAsync();
    }

    private static StatusTone Tone(string status) => status switch
    {
        NotificationStatuses.Delivered => StatusTone.Good,
        NotificationStatuses.Pending => StatusTone.Active,
        NotificationStatuses.Failed => StatusTone.Bad,
        _ => StatusTone.Neutral,
    };
}
