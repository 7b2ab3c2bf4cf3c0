using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;
using Radzen.Blazor;
using SyncConsole.Api;
using SyncConsole.Audit;
using SyncConsole.Components.Shared;
using SyncConsole.Core.Schema;

namespace SyncConsole.Components.Pages.Audit;

/// <summary>The tenant's audit trail with the API's filters, server-side paging and a before/after diff per entry.</summary>
public sealed partial class AuditTrail
{
    private const int PageSize = 25;
    private static readonly IReadOnlyList<string> entityTypes = [.. EntityTypes.All.Select(e => e.ToWireName())];

    private RadzenDataGrid<AuditItem>? grid;
    private IReadOnlyList<AuditItem> page = [];
    private IReadOnlyList<string> actors = [];
    private IReadOnlyList<string> actions = [];
    private ConsoleUser? user;
    private long total;
    private bool loading;
    private bool loaded;
    private string? error;
    private string? actor;
    private string? action;
    private string? entityType;
    private string? recordId;
    private DateTime? from;
    private DateTime? to;

    [Inject]
    private AuditQueries Audit { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    /// <summary>Pre-filters by record (<c>?record_id=</c>), e.g. from a record page.</summary>
    [SupplyParameterFromQuery(Name = "record_id")]
    public string? RecordIdQuery { get; set; }

    protected override async Task OnInitializedAsync()
    {
        recordId = RecordIdQuery;
        user = await ConsoleUser.ReadAsync(Authentication, Authorization);
        (actors, actions) = await Audit.DistinctValuesAsync(user.TenantId, CancellationToken.None);
        await LoadAsync(new LoadDataArgs { Skip = 0, Top = PageSize });
    }

    private async Task LoadAsync(LoadDataArgs args)
    {
        loading = true;
        try
        {
            user ??= await ConsoleUser.ReadAsync(Authentication, Authorization);
            var filter = Filter();
            var errors = new Dictionary<string, string[]>();
            if (!filter.TryValidate(errors))
            {
                error = string.Join(" ", errors.SelectMany(e => e.Value));
                return;
            }

            var size = args.Top is > 0 ? args.Top.Value : PageSize;
            var result = await Audit.ListAsync(user.TenantId, filter, new PageRequest((args.Skip ?? 0) / size + 1, size), CancellationToken.None);
            page = result.Items;
            total = result.Total;
            error = null;
        }
        catch (InvalidOperationException ex)
        {
            error = $"The audit trail could not be read: {ex.Message}";
        }
        finally
        {
            loading = false;
            loaded = true;
        }
    }

    /// <summary>The dates are whole days in UTC: from the start of <c>from</c> to the end of <c>to</c>.</summary>
    private AuditFilter Filter() => new(
        null, entityType, string.IsNullOrWhiteSpace(recordId) ? null : recordId.Trim(), actor, action,
        from is { } f ? new DateTimeOffset(f.Date, TimeSpan.Zero) : null,
        to is { } t ? new DateTimeOffset(t.Date, TimeSpan.Zero).AddDays(1).AddTicks(-1) : null);

    private async Task ReloadAsync()
    {
        if (grid is null || total == 0 || error is not null)
        {
            await LoadAsync(new LoadDataArgs { Skip = 0, Top = PageSize });
            return;
        }

        await grid.FirstPage(true);
    }

    private async Task ClearAsync()
    {
        (actor, action, entityType, recordId, from, to) = (null, null, null, null, null, null);
        await ReloadAsync();
    }
}
