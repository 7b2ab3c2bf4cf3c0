using Microsoft.AspNetCore.Components;
using Radzen;
using Radzen.Blazor;
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

    [Inject]
    private ScheduledJobsService Jobs { get; set; } = default!;

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

    private async Task RetryAsync(ExecutionView run)
    {
        await Jobs.RetryAsync(run);
        Notifications.Notify(NotificationSeverity.Success, "Retry queued", $"{run.JobName} will run again on the next free worker.");
        await LoadAsync();
    }
}
