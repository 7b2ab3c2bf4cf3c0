using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;
using Radzen.Blazor;
using SyncConsole.Api;
using SyncConsole.Components.Shared;
using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Schema;
using SyncConsole.Sync;

namespace SyncConsole.Components.Pages.Conflicts;

/// <summary>The finance inbox: filtered, server-paged conflicts, with bulk resolution of the selected ones to one side.</summary>
public sealed partial class ConflictInbox
{
    private const int PageSize = 20;
    private static readonly IReadOnlyList<string> statuses = ConflictFilter.Statuses;
    private static readonly IReadOnlyList<string> entityTypes = [.. EntityTypes.All.Select(e => e.ToWireName())];

    private RadzenDataGrid<ConflictView>? grid;
    private IReadOnlyList<ConflictView> page = [];
    private HashSet<string> selected = [];
    private IReadOnlyList<string> integrations = [];
    private List<(string Id, string Message)> bulkFailures = [];
    private ConsoleUser? user;
    private long total;
    private bool loading;
    private bool loaded;
    private bool busy;
    private string? error;
    private string? status = "open";
    private string? entityType;
    private string? integrationId;

    [Inject]
    private ConflictQueries Conflicts { get; set; } = default!;

    [Inject]
    private ConflictResolver Resolver { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    private string EmptyText => status == "open" && entityType is null && integrationId is null
        ? "No open conflicts: both sides agree."
        : "No conflicts match these filters.";

    protected override async Task OnInitializedAsync()
    {
        user = await ConsoleUser.ReadAsync(Authentication, Authorization);
        integrations = await Conflicts.IntegrationIdsAsync(user.TenantId, CancellationToken.None);
        await LoadAsync(new LoadDataArgs { Skip = 0, Top = PageSize });
    }

    private async Task LoadAsync(LoadDataArgs args)
    {
        loading = true;
        try
        {
            user ??= await ConsoleUser.ReadAsync(Authentication, Authorization);
            var size = args.Top is > 0 ? args.Top.Value : PageSize;
            var paging = new PageRequest((args.Skip ?? 0) / size + 1, size);
            var result = await Conflicts.ListAsync(user.TenantId, new ConflictFilter(status, entityType, integrationId), paging, CancellationToken.None);
            page = result.Items;
            total = result.Total;
            selected.IntersectWith(page.Select(p => p.Id));
            error = null;
        }
        catch (InvalidOperationException ex)
        {
            error = $"The conflicts could not be read: {ex.Message}";
        }
        finally
        {
            loading = false;
            loaded = true;
        }
    }

    private async Task ReloadAsync()
    {
        selected = [];
        if (grid is null || total == 0)
        {
            // The grid is not rendered while the list is empty: load the first page directly.
            await LoadAsync(new LoadDataArgs { Skip = 0, Top = PageSize });
            return;
        }

        await grid.FirstPage(true);
    }

    private void Toggle(ConflictView conflict, bool on)
    {
        if (on)
        {
            selected.Add(conflict.Id);
        }
        else
        {
            selected.Remove(conflict.Id);
        }
    }

    private async Task BulkResolveAsync(ChoiceKind side)
    {
        var which = side == ChoiceKind.Ours ? "ours (our system's values)" : "theirs (the provider's values)";
        var confirmed = await Dialogs.Confirm(
            $"Resolve {selected.Count} conflict(s) by keeping {which} for every field? Both sides will be updated by a sync job.",
            "Resolve selected conflicts",
            new ConfirmOptions { OkButtonText = "Resolve", CancelButtonText = "Cancel" });
        if (confirmed != true)
        {
            return;
        }

        busy = true;
        try
        {
            var outcomes = await Resolver.ResolveAllAsync(user!.TenantId, [.. selected], side, user.Actor, CancellationToken.None);
            bulkFailures = [.. outcomes.Where(o => o.Error is not null).Select(o => (o.Id, o.Error!))];
            var done = outcomes.Count - bulkFailures.Count;
            Notifications.Notify(bulkFailures.Count == 0 ? NotificationSeverity.Success : NotificationSeverity.Warning,
                "Bulk resolution", $"{done} of {outcomes.Count} conflict(s) resolved; sync jobs are applying them.");
        }
        catch (Exception ex) when (ex is InvalidOperationException or Microsoft.EntityFrameworkCore.DbUpdateException or Quartz.SchedulerException)
        {
            bulkFailures = [("all", $"The resolution failed: {ex.Message}")];
        }
        finally
        {
            busy = false;
        }

        await ReloadAsync();
    }

    // On the checkbox's root (its focusable role="checkbox" element), not on the hidden input inside it.
    private static string SelectLabel(ConflictView conflict) => $"Select conflict on {conflict.EntityType} {conflict.RecordId}";

    private static string RecordTitle(ConflictView conflict) => conflict.RecordId ?? $"(new) {conflict.ExternalId}";
}
