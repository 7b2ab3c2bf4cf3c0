using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Data;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Security;

/// <summary>
/// Embed links are single-use across the cluster, on each provider: two app instances share one database, and a link
/// redeemed on either is refused on both; the same link opened concurrently on both is redeemed exactly once.
/// </summary>
public abstract class EmbedTokenReplaySuite(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly Guid Tenant = Guid.NewGuid();
    private TestDatabase database = default!;
    private SyncConsoleAppFactory first = default!;
    private SyncConsoleAppFactory second = default!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        first = new SyncConsoleAppFactory(database);
        // One after the other: each instance migrates the shared database at start-up.
        _ = first.Services;
        second = new SyncConsoleAppFactory(database);
        _ = second.Services;
    }

    public async Task DisposeAsync()
    {
        await second.DisposeAsync();
        await first.DisposeAsync();
        database.Dispose();
    }

    [Fact]
    public async Task Exchange_LinkRedeemedOnOneInstance_IsRefusedOnTheOtherSharingTheDatabase()
    {
        var link = await LinkAsync();
        using var onFirst = first.CreateClient(new() { AllowAutoRedirect = false });
        using var onSecond = second.CreateClient(new() { AllowAutoRedirect = false });

        using var redeemed = await onFirst.GetAsync(link);
        using var replayed = await onSecond.GetAsync(link);

        Assert.Equal(HttpStatusCode.SeeOther, redeemed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Contains("already been used", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(replayed.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Exchange_SameLinkConcurrentlyOnBothInstances_IsRedeemedExactlyOnce()
    {
        var link = await LinkAsync();
        var clients = Enumerable.Range(0, 12)
            .Select(i => (i % 2 == 0 ? first : second).CreateClient(new() { AllowAutoRedirect = false }))
            .ToList();

        using var start = new SemaphoreSlim(0);
        var attempts = clients.Select(async client =>
        {
            await start.WaitAsync();
            using var response = await client.GetAsync(link);
            return response.StatusCode;
        }).ToList();
        start.Release(clients.Count);
        var statuses = await Task.WhenAll(attempts);
        clients.ForEach(c => c.Dispose());

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.SeeOther));
        Assert.Equal(clients.Count - 1, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        await using var db = await first.CreateDbContextAsync();
        Assert.Equal(1, await db.EmbedTokenUses.CountAsync());
    }

    private async Task<Uri> LinkAsync()
    {
        using var api = first.CreateApiClient(Tenant, "viewer");
        using var issued = await api.PostAsJsonAsync(new Uri("/api/embed-tokens", UriKind.Relative), new { path = "/background-jobs", ttl_seconds = 120 });
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var url = new Uri((await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!);
        return new Uri(url.PathAndQuery, UriKind.Relative);
    }
}
