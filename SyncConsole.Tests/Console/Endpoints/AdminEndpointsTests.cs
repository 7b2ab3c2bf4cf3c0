using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyncConsole.Data;
using SyncConsole.Integrations;
using SyncConsole.Sync;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Endpoints;

[Trait("Category", TestCategories.Integration)]
public sealed class AdminEndpointsTests : IAsyncLifetime
{
    private static readonly Guid TenantA = Guid.NewGuid();
    private static readonly Guid TenantB = Guid.NewGuid();
    private TestDatabase database = default!;
    private SyncConsoleAppFactory app = default!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        app = new SyncConsoleAppFactory(database);
        await using var db = await app.CreateDbContextAsync();
        foreach (var (tenant, id) in new[] { (TenantA, "conn-a"), (TenantB, "conn-b") })
        {
            db.Connections.Add(new ConnectionRow { Id = id, TenantId = tenant, IntegrationId = "quickbooks", Status = ConnectionStatuses.Connected });
            db.SyncCursors.Add(new SyncCursorRow { TenantId = tenant, ConnectionId = id, EntityType = "customer", Side = "external", Cursor = "2026-11-01" });
            db.SyncCursors.Add(new SyncCursorRow { TenantId = tenant, ConnectionId = id, EntityType = "invoice", Side = "external", Cursor = "2026-11-01" });
        }

        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        database.Dispose();
    }

    [Fact]
    public async Task ListIntegrations_Admin_SeesConnectionsOfEveryTenant()
    {
        using var admin = app.CreateApiClient(TenantA, "admin");

        var connections = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/admin/integrations", UriKind.Relative));

        var tenants = connections.EnumerateArray().Select(c => c.GetProperty("tenant_id").GetGuid()).ToHashSet();
        Assert.Contains(TenantA, tenants);
        Assert.Contains(TenantB, tenants);
    }

    [Fact]
    public async Task ResetCursor_OtherTenantsEntity_ForgetsOnlyThatEntitysCursorsAndAudits()
    {
        using var admin = app.CreateApiClient(TenantA, "admin");

        using var response = await admin.PostAsync(new Uri($"/api/admin/integrations/{TenantB}/quickbooks/sync-status/customer/reset", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await using var db = await app.CreateDbContextAsync();
        var left = await db.SyncCursors.Select(c => c.ConnectionId + ":" + c.EntityType).ToListAsync();
        Assert.Equal(["conn-a:customer", "conn-a:invoice", "conn-b:invoice"], left.Order());
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.TenantId == TenantB && a.Action == "cursor.reset"));
    }

    [Fact]
    public async Task ResetCursor_UnknownEntityType_Is400AndChangesNothing()
    {
        using var admin = app.CreateApiClient(TenantA, "admin");

        using var response = await admin.PostAsync(new Uri($"/api/admin/integrations/{TenantB}/quickbooks/sync-status/widget/reset", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = await app.CreateDbContextAsync();
        Assert.Equal(4, await db.SyncCursors.CountAsync());
    }
}
