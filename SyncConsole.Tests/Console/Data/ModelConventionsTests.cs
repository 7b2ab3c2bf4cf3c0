using Microsoft.EntityFrameworkCore;
using SyncConsole.Admin;
using SyncConsole.Data;
using SyncConsole.Jobs;
using SyncConsole.Sandbox;
using SyncConsole.Security.DataProtection;
using SyncConsole.Security.Embedding;
using SyncConsole.Tenancy;
using SyncConsole.Webhooks;

namespace SyncConsole.Tests.Console.Data;

public sealed class ModelConventionsTests
{
    // Tables that belong to the installation, not to a tenant. Adding a table here needs a reason: tenants
    // themselves, scheduler upkeep, the nodes' shared keys, the QuickBooks emulator (an external system), provider
    // webhook identities (one provider account can be connected by several tenants), the system default rules (every
    // tenant's new connections start from them) and redeemed embed token ids (a replay is refused whoever sends it).
    private static readonly Type[] SystemTables =
    [
        typeof(Tenant), typeof(HousekeepingRun), typeof(DataProtectionKey),
        typeof(SandboxRealmRow), typeof(SandboxRecordRow), typeof(SandboxReplayRow), typeof(SandboxTokenRow), typeof(WebhookEventRow),
        typeof(DefaultRuleRow), typeof(EmbedTokenUseRow),
    ];

    [Fact]
    public void EveryTable_IsTenantOwnedOrAnExplicitSystemTable()
    {
        using var db = NewContext();

        var unowned = db.Model.GetEntityTypes()
            .Where(e => !e.IsOwned())
            .Select(e => e.ClrType)
            .Where(t => !typeof(ITenantOwned).IsAssignableFrom(t) && !SystemTables.Contains(t))
            .ToList();

        Assert.Empty(unowned);
    }

    [Fact]
    public void TenantOwnedTables_HaveTenantIdColumnLeadingAKeyOrIndex()
    {
        using var db = NewContext();

        foreach (var entity in db.Model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)))
        {
            var tenantId = entity.FindProperty(nameof(ITenantOwned.TenantId));
            Assert.NotNull(tenantId);
            Assert.Equal("tenant_id", tenantId.GetColumnName());
            var leading = entity.GetIndexes().Select(i => i.Properties[0]).Concat(entity.GetKeys().Select(k => k.Properties[0]));
            Assert.True(leading.Contains(tenantId), $"{entity.GetTableName()} has no key or index led by tenant_id");
        }
    }

    [Fact]
    public void EveryTableAndColumn_IsSnakeCase()
    {
        using var db = NewContext();

        foreach (var entity in db.Model.GetEntityTypes())
        {
            Assert.Matches("^[a-z][a-z0-9_]*$", entity.GetTableName());
            foreach (var property in entity.GetProperties())
            {
                Assert.Matches("^[a-z][a-z0-9_]*$", property.GetColumnName());
            }
        }
    }

    private static SqliteSyncConsoleDbContext NewContext() =>
        new(new DbContextOptionsBuilder<SqliteSyncConsoleDbContext>().UseSqlite("Data Source=:memory:").Options);
}
