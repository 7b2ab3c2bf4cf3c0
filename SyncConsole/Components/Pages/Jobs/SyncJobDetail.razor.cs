using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;
using SyncConsole.Components.Shared;
using SyncConsole.Security;
using SyncConsole.SyncJobs;

namespace SyncConsole.Components.Pages.Jobs;

public sealed partial class SyncJobDetail
{
    private JobModel? job;
    private string? error;
    private Guid tenantId;
    private IDisposable? subscription;
    private int resultsVersion;

    /// <summary>The job id.</summary>
    [Parameter]
    public string Id { get; set; } = "";

    [Inject]
    private SyncJobQueries Queries { get; set; } = default!;

    [Inject]
    private SyncJobService Jobs { get; set; } = default!;

    [Inject]
    private SyncJobBroadcaster Broadcaster { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> Auth { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        tenantId = (await Auth).User.TenantId();
        subscription ??= Broadcaster.Subscribe(OnUpdate);
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        var row = await Queries.FindAsync(tenantId, Id, CancellationToken.None);
        job = row is null ? null : JobModel.From(row);
        // Another tenant's job reads exactly like one that does not exist.
        error = row is null ? "No such sync job." : null;
        resultsVersion++;
    }

    // Called on the job's thread: hand over to the circuit's dispatcher, and never let a page failure reach the job.
    private void OnUpdate(SyncJobUpdate update)
    {
        if (update.TenantId != tenantId || update.JobId != Id)
        {
            return;
        }

        _ = InvokeAsync(async () =>
        {
            if (update.Finished)
            {
                await ReloadAsync();
            }
            else if (job is not null)
            {
                job = job.With(update);
                resultsVersion++;
            }

            StateHasChanged();
        });
    }

    private async Task<ResultPage> LoadResultsAsync(ResultQuery query)
    {
        var page = await Queries.ResultsAsync(tenantId, Id, query.Action, query.EntityType, query.Skip, query.Take, CancellationToken.None);
        return page is var (rows, total) ? new ResultPage(rows, total) : new ResultPage([], 0);
    }

    private async Task CancelAsync()
    {
        var confirmed = await Dialogs.Confirm(
            "Cancel this job? A running job stops at its next page (records already written stay written); a queued one never starts.",
            "Cancel job", new ConfirmOptions { OkButtonText = "Cancel job", CancelButtonText = "Keep running" });
        if (confirmed != true)
        {
            return;
        }

        var cancelled = await Jobs.CancelAsync(tenantId, Id, CancellationToken.None);
        Notifications.Notify(cancelled ? NotificationSeverity.Info : NotificationSeverity.Warning,
            cancelled ? "Cancelling" : "Already finished",
            cancelled ? "The job stops at its next safe point." : "A finished job cannot be cancelled.");
        await ReloadAsync();
    }

    private async Task RetryAsync()
    {
        var row = await Queries.FindAsync(tenantId, Id, CancellationToken.None);
        if (row is null || !SyncJobService.CanRetry(row))
        {
            Notifications.Notify(NotificationSeverity.Warning, "Not retried", "Only failed or cancelled jobs can be retried.");
            return;
        }

        var retry = await Jobs.RetryAsync(row, (await Auth).User.Actor(), CancellationToken.None);
        Notifications.Notify(NotificationSeverity.Success, "Retry queued", "The job runs again as a new job.");
        Navigation.NavigateTo(Navigation.ConsoleHref($"jobs/{retry.Id}"));
    }

    public void Dispose() => subscription?.Dispose();
}
