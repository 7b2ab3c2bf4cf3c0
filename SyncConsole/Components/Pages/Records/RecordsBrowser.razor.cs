using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Radzen;
using Radzen.Blazor;
using SyncConsole.Api;
using SyncConsole.Components.Shared;
using SyncConsole.Core.Schema;
using SyncConsole.Data;
using SyncConsole.Records;

namespace SyncConsole.Components.Pages.Records;

/// <summary>Pick an entity type, search, and page through the canonical records (server-side paging).</summary>
public sealed partial class RecordsBrowser
{
    private const int PageSize = 25;
    private static readonly IReadOnlyList<string> entityTypes = [.. EntityTypes.All.Select(e => e.ToWireName())];

    private RadzenDataGrid<RecordRow>? grid;
    private IReadOnlyList<RecordRow> page = [];
    private ConsoleUser? user;
    private long total;
    private bool loading;
    private bool loaded;
    private string? error;
    private string? search;

    [Inject]
    private IDbContextFactory<SyncConsoleDbContext> Contexts { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    /// <summary>The entity type shown (<c>?type=</c>), customers by default.</summary>
    [SupplyParameterFromQuery(Name = "type")]
    public string? Type { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Type = EntityTypes.TryParse(Type, out _) ? Type : EntityType.Customer.ToWireName();
        user = await ConsoleUser.ReadAsync(Authentication, Authorization);
        await LoadAsync(new LoadDataArgs { Skip = 0, Top = PageSize });
    }

    private async Task LoadAsync(LoadDataArgs args)
    {
        loading = true;
        try
        {
            user ??= await ConsoleUser.ReadAsync(Authentication, Authorization);
            var size = args.Top is > 0 ? args.Top.Value : PageSize;
            var type = EntityTypes.TryParse(Type, out var parsed) ? parsed.Value : EntityType.Customer;
            var result = await RecordQueries.ListAsync(
                Contexts, user.TenantId, type, search, null, new PageRequest((args.Skip ?? 0) / size + 1, size), CancellationToken.None);
            page = result.Items;
            total = result.Total;
            error = null;
        }
        catch (InvalidOperationException ex)
        {
            error = $"The records could not be read: {ex.Message}";
        }
        finally
        {
            loading = false;
            loaded = true;
        }
    }

    private async Task ReloadAsync()
    {
        if (grid is null || total == 0)
        {
            await LoadAsync(new LoadDataArgs { Skip = 0, Top = PageSize });
            return;
        }

        await grid.FirstPage(true);
    }

    private async Task SearchOnEnterAsync(KeyboardEventArgs args)
    {
        if (args.Key == "Enter")
        {
            await ReloadAsync();
        }
    }
}
