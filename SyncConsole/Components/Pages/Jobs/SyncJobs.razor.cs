using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;
using Radzen.Blazor;
using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Schema;
using SyncConsole.Integrations;
using SyncConsole.Security;
using SyncConsole.SyncJobs;

namespace SyncConsole.Components.Pages.Jobs;

public sealed partial class SyncJobs : IDisposable
{
    private RadzenDataGrid<JobModel>? grid;
    private List<JobModel>? rows;
    private long total;
    private bool loading;
    private string? error;
    private string? status;
    private string? jobType;
    private DateTime? from;
    private DateTime? to;
    private Guid tenantId;
    private IDisposable? subscription;

    [Inject]
    private SyncJobQueries Queries { get; set; } = default!;

    [Inject]
    private SyncJobService Jobs { get; set; } = default!;

    [Inject]
    private SyncJobBroadcaster Broadcaster { get; set; } = default!;

    [Inject]
    private ConnectionHealthService Integrations { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> Auth { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        tenantId = (await Auth).User.TenantId();
        subscription = Broadcaster.Subscribe(OnUpdate);
    }

    private async Task LoadAsync(LoadDataArgs args)
    {
        loading = true;
        try
        {
            var filter = new SyncJobQueries.JobFilter(status, null, jobType, StartOfDay(from), EndOfDay(to));
            var (page, count) = await Queries.ListAsync(tenantId, filter, args.Skip ?? 0, args.Top ?? 20, CancellationToken.None);
            rows = [.. page.Select(JobModel.From)];
            total = count;
            error = null;
        }
        catch (InvalidOperationException ex)
        {
            error = $"The sync jobs could not be read: {ex.Message}";
        }
        finally
        {
            loading = false;
        }
    }

    private Task FilterAsync() => grid?.FirstPage(true) ?? Task.CompletedTask;

    // Dates are picked as UTC days; "to" includes the whole day.
    private static DateTimeOffset? StartOfDay(DateTime? day) =>
        day is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d.Date, DateTimeKind.Utc)) : null;

    private static DateTimeOffset? EndOfDay(DateTime? day) => StartOfDay(day)?.AddDays(1).AddTicks(-1);

    // Called on the job's thread: a running job on this page moves in place; anything else (a new or finished job,
    // whose position or filter match may change) reloads the page from the database.
    private void OnUpdate(SyncJobUpdate update)
    {
        if (update.TenantId != tenantId)
        {
            return;
        }

        _ = InvokeAsync(async () =>
        {
            if (!update.Finished && rows is not null && rows.Exists(r => r.Id == update.JobId))
            {
                // A new list: the grid re-renders its rows only when its data changes.
                rows = [.. rows.Select(r => r.Id == update.JobId ? r.With(update) : r)];
                StateHasChanged();
            }
            else if (grid is not null)
            {
                await grid.Reload();
            }
        });
    }

    private async Task StartAsync()
    {
        var user = (await Auth).User;
        var connected = (await Integrations.ListAsync(user.TenantId(), CancellationToken.None))
            .Where(o => o.Connection?.Status == ConnectionStatuses.Connected)
            .Select(o => new StartJobDialog.IntegrationChoice(o.Integration.Id, o.Integration.Name))
            .ToList();
        if (connected.Count == 0)
        {
            Notifications.Notify(NotificationSeverity.Warning, "Nothing to sync", "Connect an integration first (Integrations page).");
            return;
        }

        var answer = await Dialogs.OpenAsync<StartJobDialog>(
            "Start a sync", new Dictionary<string, object?> { [nameof(StartJobDialog.Integrations)] = connected }, new DialogOptions { Width = "520px" });
        if (answer is not StartJobRequest request)
        {
            return;
        }

        var connection = await Queries.ConnectedAsync(user.TenantId(), request.IntegrationId!, CancellationToken.None);
        if (connection is null || !SyncJobWireNames.TryParseJobType(request.JobType, out var type))
        {
            Notifications.Notify(NotificationSeverity.Error, "Not started", "The integration is no longer connected.");
            return;
        }

        var entities = type == SyncJobType.Entity
            ? request.EntityTypes.Select(e => EntityTypes.TryParse(e, out var t) ? t.Value : throw new InvalidOperationException(e)).ToList()
            : [];
        var job = await Jobs.RequestAsync(
            new SyncJobRequestInput(user.TenantId(), connection.Id, connection.IntegrationId, type, entities, request.DryRun, "manual", user.Actor()),
            CancellationToken.None);
        Notifications.Notify(NotificationSeverity.Success, "Sync queued", $"The {job.JobType} job is queued; progress shows here live.");
        await FilterAsync();
    }

    public void Dispose() => subscription?.Dispose();
}
