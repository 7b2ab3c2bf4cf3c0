using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using SyncConsole.Data;
using SyncConsole.QuickBooks.Sandbox.Storage;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Sandbox;

/// <summary>
/// The emulator's database store keeps each object's Active flag in a column, so that a full read of a large company
/// is answered without every object's JSON; on both providers, for objects written now and stored before the column.
/// </summary>
public abstract class SandboxStoreSuite(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly DateTimeOffset Stamp = new(2026, 11, 1, 9, 30, 0, TimeSpan.Zero);
    private static readonly string[] Objects =
    [
        """{"Id":"1","DisplayName":"Active","Active":true}""",
        """{"Id":"2","DisplayName":"Inactive","Active":false}""",
        """{"Id":"3","DisplayName":"Inactive as text","Active":"False"}""",
        """{"Id":"4","TotalAmt":10}""",
    ];

    private TestDatabase database = default!;
    private SyncConsoleAppFactory app = default!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        app = new SyncConsoleAppFactory(database);
        _ = app.Services;
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        database.Dispose();
    }

    [Fact]
    public async Task StreamHeadersAsync_ObjectsCommitted_ComeWithTheirActiveFlagFromItsColumn()
    {
        var store = app.Services.GetRequiredService<ISandboxStore>();
        var realm = new SandboxRealm("9130355", "Headers Co", Stamp, 5, 0, SandboxFaults.None);
        await store.AddRealmAsync(realm, CancellationToken.None);
        await store.CommitAsync(
            new SandboxCommit(realm with { Version = 1 }, 0, [.. Objects.Select((json, i) => new SandboxRecord(realm.RealmId, "Customer", $"{i + 1}", json, Stamp, Deleted: false))], null),
            CancellationToken.None);

        var written = await HeadersAsync(store, realm.RealmId);
        // The column answers, not the JSON: a flag changed in the column alone shows.
        await using (var db = await app.CreateDbContextAsync())
        {
            await db.SandboxRecords.Where(r => r.RealmId == realm.RealmId && r.Id == "1").ExecuteUpdateAsync(set => set.SetProperty(r => r.Active, false));
        }

        var changed = await HeadersAsync(store, realm.RealmId);

        Assert.Equal([true, false, false, null], written.Select(h => h.Active));
        Assert.All(written, h => Assert.Equal(Stamp, h.LastUpdated));
        Assert.Equal([false, false, false, null], changed.Select(h => h.Active));
    }

    [Fact]
    public async Task SandboxActiveFlagMigration_ObjectsStoredBefore_GetTheirFlagFromTheirJson()
    {
        using var fresh = await TestDatabase.CreateAsync(provider);
        await using var db = ContextOf(fresh);
        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        await migrator.MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_SandboxActiveFlag", StringComparison.Ordinal)) - 1]);
        for (var i = 0; i < Objects.Length; i++)
        {
            var id = $"{i + 1}";
            var json = Objects[i];
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO sandbox_records (realm_id, entity, id, json, last_updated, deleted) VALUES ('9130356', 'Customer', {id}, {json}, {Stamp}, {false})");
        }

        await migrator.MigrateAsync();

        var flags = await db.SandboxRecords.AsNoTracking().OrderBy(r => r.Id).Select(r => r.Active).ToListAsync();
        Assert.Equal([true, false, false, null], flags);
    }

    private static async Task<List<SandboxRecordHeader>> HeadersAsync(ISandboxStore store, string realmId)
    {
        var headers = new List<SandboxRecordHeader>();
        await foreach (var header in store.StreamHeadersAsync(realmId, "Customer", CancellationToken.None))
        {
            headers.Add(header);
        }

        return [.. headers.OrderBy(h => h.Id, StringComparer.Ordinal)];
    }

    private static SyncConsoleDbContext ContextOf(TestDatabase database) => database.Provider == DatabaseProvider.Postgres
        ? new PostgresSyncConsoleDbContext(new DbContextOptionsBuilder<PostgresSyncConsoleDbContext>().UseNpgsql(database.ConnectionString).Options)
        : new SqliteSyncConsoleDbContext(new DbContextOptionsBuilder<SqliteSyncConsoleDbContext>().UseSqlite(database.ConnectionString).Options);
}
