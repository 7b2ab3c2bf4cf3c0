using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Radzen;
using Radzen.Blazor;
using SyncConsole.Components.Shared;
using SyncConsole.Jobs;

namespace SyncConsole.Components.Pages.BackgroundJobs;

public sealed partial class Schedules
{
    private const int RecentRuns = 20;
    private const int FailedShown = 20;
    private IReadOnlyList<ScheduledJobView>? jobs;
    private IReadOnlyList<RunningJobView>? running;
    private IReadOnlyList<ExecutionView>? failed;
    private IReadOnlyList<HousekeepingRun>? runs;
    private string? error;
    private RadzenDataGrid<ExecutionView>? historyGrid;
    private IReadOnlyList<ExecutionView>? history;
    private int historyTotal;
    private bool historyLoading;
    private string? historyText;
    private bool historyFailedOnly;
    private RetryNotice? retryNotice;

    [Inject]
    private ScheduledJobsService Jobs { get; set; } = default!;

    [Inject]
    private FailedRunRetry Retries { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        try
        {
            error = null;
            jobs = await Jobs.ListAsync();
            running = await Jobs.RunningAsync();
            failed = (await Jobs.HistoryAsync(new HistorySearch(FailedOnly: true), 0, FailedShown)).Items;
            runs = await Jobs.RecentHousekeepingRunsAsync(RecentRuns);
        }
        catch (Exception ex) when (ex is InvalidOperationException or Quartz.SchedulerException)
        {
            error = $"The job engine could not be read: {ex.Message}";
        }

        if (historyGrid is not null)
        {
            await historyGrid.Reload();
        }
    }

    private async Task LoadHistoryAsync(LoadDataArgs args)
    {
        historyLoading = true;
        var (items, total) = await Jobs.HistoryAsync(new HistorySearch(historyText, historyFailedOnly), args.Skip ?? 0, args.Top ?? 20);
        history = items;
        historyTotal = total;
        historyLoading = false;
    }

    private Task SearchAsync() => historyGrid?.FirstPage(true) ?? Task.CompletedTask;

    private async Task RunNowAsync(ScheduledJobView job)
    {
        await Jobs.TriggerNowAsync(job.Group, job.Name);
        Notifications.Notify(NotificationSeverity.Success, "Queued", $"{job.Name} will run on the next free worker.");
        await LoadAsync();
    }

    private async Task TogglePauseAsync(ScheduledJobView job)
    {
        await Jobs.SetPausedAsync(job.Group, job.Name, !job.Paused);
        Notifications.Notify(NotificationSeverity.Info, job.Paused ? "Resumed" : "Paused", job.Name);
        await LoadAsync();
    }

    // A failed sync run is retried as a new sync job (shown with a link to it); any other job is fired again.
    private async Task RetryAsync(ExecutionView run)
    {
        var user = await ConsoleUser.ReadAsync(Authentication, Authorization);
        RunRetry result;
        try
        {
            result = await Retries.RetryAsync(run, user.TenantId, user.Actor, user.CanOperate, CancellationToken.None);
        }
        catch (Exception ex) when (ex is InvalidOperationException or DbUpdateException or Quartz.SchedulerException)
        {
            result = new RunRetry(RunRetryOutcome.Refused, Reason: $"The retry failed: {ex.Message}");
        }

        retryNotice = result.Outcome switch
        {
            RunRetryOutcome.Refired => new RetryNotice(AlertStyle.Success, $"{run.JobName} will run again on the next free worker.", null, null),
            RunRetryOutcome.SyncJobRetried => new RetryNotice(AlertStyle.Success, $"The sync job of {run.JobName} runs again as a new job.", result.JobId, "Open the new sync job"),
            RunRetryOutcome.Refused => new RetryNotice(AlertStyle.Warning, $"Not retried: {result.Reason}", result.JobId, "Open the sync job"),
        };
        Notifications.Notify(
            result.Outcome == RunRetryOutcome.Refused ? NotificationSeverity.Warning : NotificationSeverity.Success,
            result.Outcome == RunRetryOutcome.Refused ? "Not retried" : "Retry queued", retryNotice.Text);
        await LoadAsync();
    }

    private sealed record RetryNotice(AlertStyle Style, string Text, string? JobId, string? LinkText);
}
