using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;
using SyncConsole.Api;
using SyncConsole.Components.Shared;
using SyncConsole.Core.Schema;
using SyncConsole.DeadLetters;
using SyncConsole.Security;

namespace SyncConsole.Components.Pages.DeadLetters;

public sealed partial class DeadLetterList
{
    private const int PageSize = 20;
    private static readonly IReadOnlyList<string> StatusOptions = DeadLetterStatuses.All;
    private static readonly IReadOnlyList<string> EntityOptions = [.. EntityTypes.All.Select(e => e.ToWireName())];

    private PagedList<DeadLetterView>? letters;
    private DeadLetterView? selected;
    private string? error;
    private string? status;
    private string? entityType;
    private int pageNumber = 1;
    private bool canReplay;
    private Guid tenantId;

    [Inject]
    private DeadLetterService DeadLetters { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private NotificationService Toasts { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    private string? user;

    protected override async Task OnInitializedAsync()
    {
        var principal = (await Authentication).User;
        tenantId = principal.TenantId();
        user = principal.Actor();
        canReplay = principal.IsInRole(SyncConsolePolicies.Operator) || principal.IsInRole(SyncConsolePolicies.Admin);
        await LoadAsync();
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
            letters = await DeadLetters.ListAsync(tenantId, new DeadLetterFilter(status, entityType), new PageRequest(pageNumber, PageSize), CancellationToken.None);
            selected = selected is null ? null : letters.Items.FirstOrDefault(l => l.Id == selected.Id);
        }
        catch (InvalidOperationException ex)
        {
            error = $"The dead letters could not be read: {ex.Message}";
        }
    }

    private async Task ReplayAsync(DeadLetterView letter)
    {
        var confirmed = await Dialogs.Confirm(
            $"Replay {letter.EntityType} {letter.RecordId ?? letter.ExternalId}? An entity sync job retries it now.", "Replay dead letter",
            new ConfirmOptions { OkButtonText = "Replay", CancelButtonText = "Cancel" });
        if (confirmed != true)
        {
            return;
        }

        var replay = await DeadLetters.ReplayAsync(tenantId, letter.Id, user!, CancellationToken.None);
        switch (replay.Outcome)
        {
            case DeadLetterReplayOutcome.Queued:
                Toasts.Notify(NotificationSeverity.Success, "Replay queued", $"Sync job {replay.JobId} retries the record.");
                break;
            case DeadLetterReplayOutcome.NotFound:
                Toasts.Notify(NotificationSeverity.Warning, "Not found", "The dead letter no longer exists.");
                break;
            case DeadLetterReplayOutcome.Refused:
                Toasts.Notify(NotificationSeverity.Error, "Cannot replay", replay.Reason ?? string.Empty);
                break;
        }

        await LoadAsync();
    }

    private static StatusTone Tone(string status) => status switch
    {
        DeadLetterStatuses.Open => StatusTone.Bad,
        DeadLetterStatuses.Replayed => StatusTone.Active,
        DeadLetterStatuses.Resolved => StatusTone.Good,
        _ => StatusTone.Neutral,
    };
}
