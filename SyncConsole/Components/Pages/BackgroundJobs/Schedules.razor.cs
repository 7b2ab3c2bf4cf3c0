using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Radzen;
using Radzen.Blazor;
using SyncConsole.Components.Shared;
using SyncConsole.Jobs;

namespace SyncConsole.Components.Pages.BackgroundJobs;

/// <summary>
/// The Background jobs page. What it lists and what each action may do is decided by the services for the signed-in
/// user; the page only leaves out what the user's roles cannot use (the Tenant column and housekeeping for
/// non-admins, every action button for viewers).
/// </summary>
public sealed partial class Schedules
{
    private const int RecentRuns = 20;
    private const int FailedShown = 20;
    private ConsoleUser? user;
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
    private JobActionNotice? runNotice;
    private JobActionNotice? retryNotice;

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

    private bool IsAdmin => user?.IsAdmin == true;

    private bool CanOperate => user?.CanOperate == true;

    protected override Task OnInitializedAsync() => LoadAsync();

    // The history grid may ask for its first page before the rest has loaded.
    private async Task<ConsoleUser> UserAsync() => user ??= await ConsoleUser.ReadAsync(Authentication, Authorization);

    private async Task LoadAsync()
    {
        var principal = (await UserAsync()).Principal;
        try
        {
            error = null;
            jobs = await Jobs.ListAsync(principal);
            running = await Jobs.RunningAsync(principal);
            failed = (await Jobs.HistoryAsync(principal, new HistorySearch(FailedOnly: true), 0, FailedShown)).Items;
            runs = await Jobs.RecentHousekeepingRunsAsync(principal, RecentRuns);
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
        var principal = (await UserAsync()).Principal;
        var (items, total) = await Jobs.HistoryAsync(principal, new HistorySearch(historyText, historyFailedOnly), args.Skip ?? 0, args.Top ?? 20);
        history = items;
        historyTotal = total;
        historyLoading = false;
    }

    private Task SearchAsync() => historyGrid?.FirstPage(true) ?? Task.CompletedTask;

    // An admin sees every tenant's jobs, whose titles repeat: the tenant makes a button's name unique.
    private string Named(string title, JobOwner? owner) => IsAdmin && owner is not null ? $"{title} of {owner.TenantLabel}" : title;

    // A connection's schedule queues a sync job (shown with a link to it); a system job is fired.
    private async Task RunNowAsync(ScheduledJobView job)
    {
        var result = await ActAsync(() => Jobs.RunNowAsync(user!.Principal, job.Key));
        runNotice = JobActionNotice.From(
            result, $"{job.Title} will run on the next free worker.", $"{job.Title}: a sync job is queued.", "Not run");
        Notify(runNotice, "Queued", "Not run");
        await LoadAsync();
    }

    private async Task TogglePauseAsync(ScheduledJobView job)
    {
        var verb = job.Paused ? "Resumed" : "Paused";
        var result = await ActAsync(() => Jobs.SetPausedAsync(user!.Principal, job.Key, !job.Paused));
        var done = result.Outcome == JobActionOutcome.Done;
        Notifications.Notify(
            done ? NotificationSeverity.Info : NotificationSeverity.Warning, done ? verb : $"Not {verb.ToLowerInvariant()}", done ? job.Title : result.Reason ?? "");
        await LoadAsync();
    }

    // A failed run of a connection's job is retried as a sync job (shown with a link to it); a system job is fired again.
    private async Task RetryAsync(ExecutionView run)
    {
        var result = await ActAsync(() => Retries.RetryAsync(user!.Principal, run.EntryId ?? "", CancellationToken.None));
        retryNotice = JobActionNotice.From(
            result, $"{run.Title} will run again on the next free worker.", $"The sync job of {run.Title} runs again as a new job.", "Not retried");
        Notify(retryNotice, "Retry queued", "Not retried");
        await LoadAsync();
    }

    private static async Task<JobAction> ActAsync(Func<Task<JobAction>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception ex) when (ex is InvalidOperationException or DbUpdateException or Quartz.SchedulerException)
        {
            return JobAction.Refused($"It failed: {ex.Message}");
        }
    }

    private void Notify(JobActionNotice notice, string done, string notDone) =>
        Notifications.Notify(notice.Succeeded ? NotificationSeverity.Success : NotificationSeverity.Warning, notice.Succeeded ? done : notDone, notice.Text);
}
