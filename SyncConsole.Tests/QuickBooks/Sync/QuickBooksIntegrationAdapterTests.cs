using System.Net.Http.Json;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.QuickBooks.Mapping;
using SyncConsole.QuickBooks.Sync;
using SyncConsole.Tests.Infrastructure;
using SyncConsole.Tests.QuickBooks.Fakes;
using SyncConsole.Tests.QuickBooks.Sandbox;

namespace SyncConsole.Tests.QuickBooks.Sync;

/// <summary>Core's adapter port over the real client and the emulator.</summary>
[Trait("Category", TestCategories.Integration)]
public sealed class QuickBooksIntegrationAdapterTests(SandboxServerFixture fixture) : IClassFixture<SandboxServerFixture>
{
    private SandboxServer Server => fixture.Server;

    [Fact]
    public async Task ReadPages_FullLoadThenCursor_ReturnsEverythingThenOnlyChangesAndDeletes()
    {
        using var clients = new QuickBooksTestClients(Server, o => o.PageSize = 40);
        var realm = await Server.CreateRealmAsync("demo");
        var connection = clients.Connect(realm);
        var adapter = Adapter(clients);

        var (records, cursor, pages) = await ReadAllAsync(adapter, connection, EntityType.Invoice, null);
        using var simulate = await Server.Http.PostAsJsonAsync($"admin/realms/{realm.RealmId}/simulate", new { changes = 30 });
        simulate.EnsureSuccessStatusCode();
        var (changes, next, _) = await ReadAllAsync(adapter, connection, EntityType.Invoice, cursor);

        Assert.True(pages >= 5);
        Assert.Equal(records.Count, records.Select(r => r.ExternalId).Distinct().Count());
        Assert.StartsWith("cdc|", cursor, StringComparison.Ordinal);
        Assert.All(records, r => Assert.IsType<SyncConsole.QuickBooks.Api.Dtos.QboInvoice>(r.Payload));
        Assert.NotEmpty(changes);
        Assert.True(changes.Count < records.Count);
        Assert.StartsWith("cdc|", next, StringComparison.Ordinal);
        var invoice = CanonicalEntity.FromRecord<Invoice>(QboMappers.For(EntityType.Invoice).ToCanonical(records[0]));
        Assert.NotEmpty(invoice.Lines);
    }

    [Fact]
    public async Task Write_CreateUpdateDelete_ThroughMappersReportsRecordsAndStaleness()
    {
        using var clients = new QuickBooksTestClients(Server);
        var connection = clients.Connect(await Server.CreateRealmAsync());
        var adapter = Adapter(clients);
        var mapper = QboMappers.For(EntityType.Customer);
        var canonical = new Customer { DisplayName = "Adapter Co", Email = "a@example.com" }.ToRecord();

        var created = await adapter.WriteAsync(connection, new ExternalWrite(ExternalWriteOperation.Create, EntityType.Customer, null, null, mapper.ToExternal(canonical, null), "k-create"), CancellationToken.None);
        var record = created.Record!;
        var renamed = CanonicalEntity.FromRecord<Customer>(mapper.ToCanonical(record)) with { Notes = "Updated" };
        var updated = await adapter.WriteAsync(connection, new ExternalWrite(ExternalWriteOperation.Update, EntityType.Customer, record.ExternalId, record.VersionToken, mapper.ToExternal(renamed.ToRecord(), record), "k-update"), CancellationToken.None);
        var stale = await adapter.WriteAsync(connection, new ExternalWrite(ExternalWriteOperation.Update, EntityType.Customer, record.ExternalId, record.VersionToken, mapper.ToExternal(renamed.ToRecord(), record), "k-stale"), CancellationToken.None);
        var removed = await adapter.WriteAsync(connection, new ExternalWrite(ExternalWriteOperation.Delete, EntityType.Customer, record.ExternalId, updated.Record!.VersionToken, null, "k-delete"), CancellationToken.None);
        var duplicate = await adapter.WriteAsync(connection, new ExternalWrite(ExternalWriteOperation.Create, EntityType.Vendor, null, null, QboMappers.For(EntityType.Vendor).ToExternal(new Vendor { DisplayName = "Adapter Co" }.ToRecord(), null), "k-dup"), CancellationToken.None);

        Assert.Equal(WriteStatus.Succeeded, created.Status);
        Assert.Equal("0", record.VersionToken);
        Assert.Equal("Updated", CanonicalEntity.FromRecord<Customer>(mapper.ToCanonical(updated.Record!)).Notes);
        Assert.Equal(WriteStatus.Stale, stale.Status);
        Assert.False(CanonicalEntity.FromRecord<Customer>(mapper.ToCanonical(removed.Record!)).Active);
        Assert.Equal(WriteStatus.Rejected, duplicate.Status);
        Assert.Contains("6240", duplicate.Message, StringComparison.Ordinal);
        Assert.Null(await adapter.GetAsync(connection, EntityType.Invoice, "99999", CancellationToken.None));
    }

    [Fact]
    public async Task WriteBatch_WithOneRefusedItem_ReturnsResultsInRequestOrder()
    {
        using var clients = new QuickBooksTestClients(Server);
        var connection = clients.Connect(await Server.CreateRealmAsync());
        var adapter = Adapter(clients);
        var mapper = QboMappers.For(EntityType.Vendor);
        ExternalWrite Create(string name, string key) =>
            new(ExternalWriteOperation.Create, EntityType.Vendor, null, null, mapper.ToExternal(new Vendor { DisplayName = name }.ToRecord(), null), key);

        var results = await adapter.WriteBatchAsync(connection, [Create("One", "b1"), Create("Two", "b2"), Create("one", "b3")], CancellationToken.None);

        Assert.Equal([WriteStatus.Succeeded, WriteStatus.Succeeded, WriteStatus.Rejected], results.Select(r => r.Status));
        Assert.Equal("Two", CanonicalEntity.FromRecord<Vendor>(mapper.ToCanonical(results[1].Record!)).DisplayName);
    }

    [Fact]
    public async Task Find_ByDisplayName_MatchesCaseInsensitively()
    {
        using var clients = new QuickBooksTestClients(Server);
        var connection = clients.Connect(await Server.CreateRealmAsync());
        var adapter = Adapter(clients);
        var mapper = QboMappers.For(EntityType.Customer);
        await adapter.WriteAsync(connection, new ExternalWrite(ExternalWriteOperation.Create, EntityType.Customer, null, null, mapper.ToExternal(new Customer { DisplayName = "Match Me" }.ToRecord(), null), "f1"), CancellationToken.None);
        var criteria = new MatchCriteria(EntityType.Customer, [KeyValuePair.Create("display_name", CanonicalValue.From("match me"))]);

        var found = new List<ExternalRecord>();
        await foreach (var record in adapter.FindAsync(connection, criteria, CancellationToken.None))
        {
            found.Add(record);
        }

        Assert.Single(found);
    }

    [Fact]
    public async Task Authenticate_WithoutTokens_NeedsReauthentication()
    {
        using var clients = new QuickBooksTestClients(Server);

        Assert.Equal(AuthenticationStatus.NeedsReauthentication, await Adapter(clients).AuthenticateAsync("unknown", CancellationToken.None));
    }

    private static QuickBooksIntegrationAdapter Adapter(QuickBooksTestClients clients) =>
        new(clients.Api, clients.Tokens, clients.Options, clients.Clock);

    private static async Task<(List<ExternalRecord> Records, string Cursor, int Pages)> ReadAllAsync(
        QuickBooksIntegrationAdapter adapter, string connection, EntityType entityType, string? cursor)
    {
        var records = new List<ExternalRecord>();
        var pages = 0;
        var last = cursor ?? string.Empty;
        await foreach (var page in adapter.ReadPagesAsync(connection, entityType, cursor, CancellationToken.None))
        {
            pages++;
            records.AddRange(page.Records);
            last = page.NextCursor;
        }

        return (records, last, pages);
    }
}
