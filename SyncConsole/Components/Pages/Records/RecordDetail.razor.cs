using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Audit;
using SyncConsole.Components.Shared;
using SyncConsole.Core.Schema;
using SyncConsole.Data;
using SyncConsole.Records;

namespace SyncConsole.Components.Pages.Records;

/// <summary>One record: its canonical fields, its sync state per connection, and its history (change log and audit).</summary>
public sealed partial class RecordDetail
{
    private const int HistoryLimit = 50;

    private RecordRow? record;
    private string? title;
    private string? error;
    private IReadOnlyList<(string Name, JsonElement Value)> fields = [];
    private IReadOnlyList<RecordSyncView> sync = [];
    private IReadOnlyList<RecordChangeRow> changes = [];
    private IReadOnlyList<AuditItem> audit = [];

    [Inject]
    private IDbContextFactory<SyncConsoleDbContext> Contexts { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The entity type's wire name.</summary>
    [Parameter]
    public string EntityType { get; set; } = "";

    /// <summary>Our record id.</summary>
    [Parameter]
    public string Id { get; set; } = "";

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        try
        {
            error = null;
            var user = await ConsoleUser.ReadAsync(Authentication, Authorization);
            if (!EntityTypes.TryParse(EntityType, out var type))
            {
                error = $"'{EntityType}' is not an entity type.";
                return;
            }

            var row = await RecordQueries.FindAsync(Contexts, user.TenantId, type.Value, Id, CancellationToken.None);
            if (row is null || row.Deleted)
            {
                error = "This record does not exist (or was deleted).";
                return;
            }

            using var body = JsonDocument.Parse(row.Body);
            fields = [.. body.RootElement.EnumerateObject()
                .Where(p => p.Name is not (CanonicalJson.IdProperty or CanonicalJson.SchemaVersionProperty))
                .Select(p => (p.Name, p.Value.Clone()))];
            sync = await RecordQueries.SyncStatesAsync(Contexts, user.TenantId, row, CancellationToken.None);
            (changes, audit) = await RecordHistory.ReadAsync(Contexts, user.TenantId, row.EntityType, row.Id, HistoryLimit, CancellationToken.None);
            title = RecordTitles.Of(row);
            record = row;
        }
        catch (Exception ex) when (ex is InvalidOperationException or JsonException)
        {
            error = $"The record could not be read: {ex.Message}";
        }
    }

    private static StatusTone Tone(string status) => status switch
    {
        "synced" => StatusTone.Good,
        "pending_outbound" or "pending_inbound" => StatusTone.Active,
        "conflict" => StatusTone.Warning,
        _ => StatusTone.Bad,
    };
}
