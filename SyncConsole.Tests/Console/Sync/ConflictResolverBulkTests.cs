using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyncConsole.Api;
using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Schema;
using SyncConsole.Integrations;
using SyncConsole.Sync;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Sync;

/// <summary>Bulk resolution and the inbox query on the real database, as the console pages call them.</summary>
[Trait("Category", TestCategories.Integration)]
public sealed class ConflictResolverBulkTests : AppTest
{
    private static readonly Guid Tenant = Guid.NewGuid();
    private static readonly Guid OtherTenant = Guid.NewGuid();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = await App.CreateDbContextAsync();
        db.Connections.Add(new ConnectionRow { Id = "conn-1", TenantId = Tenant, IntegrationId = "quickbooks", Status = ConnectionStatuses.Connected });
        db.Connections.Add(new ConnectionRow { Id = "conn-2", TenantId = OtherTenant, IntegrationId = "quickbooks", Status = ConnectionStatuses.Connected });
        db.Conflicts.Add(Conflict("open-1", Tenant, "conn-1", ConflictStatus.Open));
        db.Conflicts.Add(Conflict("open-2", Tenant, "conn-1", ConflictStatus.Open));
        db.Conflicts.Add(Conflict("done", Tenant, "conn-1", ConflictStatus.Resolved));
        db.Conflicts.Add(Conflict("foreign", OtherTenant, "conn-2", ConflictStatus.Open));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task ResolveAll_MixedIds_ResolvesTheOpenOnesToOneSideAndSaysWhyNotForTheRest()
    {
        var resolver = App.Services.GetRequiredService<ConflictResolver>();

        var outcomes = await resolver.ResolveAllAsync(Tenant, ["open-1", "done", "foreign", "open-2"], ChoiceKind.Theirs, "jane", CancellationToken.None);

        Assert.Equal(["open-1", "done", "foreign", "open-2"], outcomes.Select(o => o.Id));
        Assert.Null(outcomes[0].Error);
        Assert.Contains("Already resolved", outcomes[1].Error, StringComparison.Ordinal);
        Assert.Contains("does not exist", outcomes[2].Error, StringComparison.Ordinal);
        Assert.Null(outcomes[3].Error);
        foreach (var id in new[] { "open-1", "open-2" })
        {
            var view = (await resolver.FindAsync(Tenant, id, CancellationToken.None))!;
            Assert.Equal("resolved", view.Status);
            Assert.Equal("jane", view.ResolvedBy);
            Assert.All(view.Choices!.Values, c => Assert.Equal("theirs", c.GetString()));
        }

        await using var db = await App.CreateDbContextAsync();
        Assert.Equal("Open", (await db.Conflicts.SingleAsync(c => c.Id == "foreign")).Status);
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.TenantId == Tenant && a.Action == "conflict.resolved" && a.Actor == "jane"));
        Assert.True(await db.SyncJobs.AnyAsync(j => j.TenantId == Tenant && j.JobType == "entity"));
    }

    [Fact]
    public async Task List_FiltersByStatusAndStaysInTheTenant()
    {
        var queries = App.Services.GetRequiredService<ConflictQueries>();

        var open = await queries.ListAsync(Tenant, new ConflictFilter("open"), new PageRequest(1, 1), CancellationToken.None);
        var resolved = await queries.ListAsync(Tenant, new ConflictFilter("resolved", "customer", "quickbooks"), new PageRequest(1, 50), CancellationToken.None);

        Assert.Equal(2, open.Total);
        Assert.Single(open.Items);
        Assert.Equal(["done"], resolved.Items.Select(c => c.Id));
        Assert.Equal(2, await queries.CountOpenAsync(Tenant, CancellationToken.None));
    }

    private static ConflictRow Conflict(string id, Guid tenant, string connection, ConflictStatus status) => new()
    {
        Id = id,
        TenantId = tenant,
        ConnectionId = connection,
        EntityType = "customer",
        StateId = $"state-{id}",
        RecordId = $"rec-{id}",
        ExternalId = "1",
        Kind = ConflictKind.FieldValues.ToString(),
        DetectedAt = new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero),
        FieldsJson = SyncJson.Write([new FieldConflict("email", CanonicalValue.From("a@x"), CanonicalValue.From("b@x"), CanonicalValue.From("c@x"))]),
        Status = status.ToString(),
        ChoicesJson = status == ConflictStatus.Resolved ? SyncJson.Write(new Dictionary<string, ConflictChoice> { ["email"] = ConflictChoice.Ours }) : null,
        ResolvedBy = status == ConflictStatus.Resolved ? "someone" : null,
    };
}
