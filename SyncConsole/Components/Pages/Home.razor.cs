using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using SyncConsole.Components.Shared;
using SyncConsole.Dashboard;
using SyncConsole.Jobs;

namespace SyncConsole.Components.Pages;

/// <summary>The dashboard: open conflicts, backlog, connection health with API budget, recent jobs, and the job engine.</summary>
public sealed partial class Home
{
    private DashboardSummary? summary;
    private SchedulerSummary? engine;
    private string? error;
    private string? engineError;

    [Inject]
    private DashboardQueries Dashboard { get; set; } = default!;

    [Inject]
    private ScheduledJobsService Jobs { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        try
        {
            var user = await ConsoleUser.ReadAsync(Authentication, Authorization);
            summary = await Dashboard.ReadAsync(user.TenantId, CancellationToken.None);
            error = null;
        }
        catch (InvalidOperationException ex)
        {
            error = $"The dashboard could not be read: {ex.Message}";
        }

        try
        {
            engine = await Jobs.GetSummaryAsync();
            engineError = null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or Quartz.SchedulerException)
        {
            engine = null;
            engineError = $"The job engine could not be read: {ex.Message}";
        }
    }

    private static StatusTone JobTone(string status) => status switch
    {
        "succeeded" => StatusTone.Good,
        "queued" or "running" => StatusTone.Active,
        "partially_succeeded" or "cancelled" => StatusTone.Warning,
        _ => StatusTone.Bad,
    };
}
