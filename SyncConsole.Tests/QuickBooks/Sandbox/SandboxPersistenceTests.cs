using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SyncConsole.QuickBooks.Sandbox.Storage;
using SyncConsole.Tests.Infrastructure;
using static SyncConsole.Tests.QuickBooks.Sandbox.SandboxHttp;

namespace SyncConsole.Tests.QuickBooks.Sandbox;

/// <summary>Everything the emulator knows goes through <see cref="ISandboxStore"/>: a restart on the same store loses nothing.</summary>
[Trait("Category", TestCategories.Integration)]
public sealed class SandboxPersistenceTests
{
    [Fact]
    public async Task Restart_OnTheSameStore_KeepsRealmsRecordsTokensAndReplays()
    {
        var store = new InMemorySandboxStore();
        CreatedRealm realm;
        string id;
        string firstAnswer;
        await using (var before = await StartAsync(store))
        {
            realm = await before.CreateRealmAsync();
            id = await CreateIdAsync(before, realm, "Customer", new { DisplayName = "Survivor" });
            firstAnswer = (await PostAsync(before, realm, "vendor?requestid=r-1", new { DisplayName = "Once" })).Body.ToJsonString();
        }

        await using var after = await StartAsync(store);
        var (status, read) = await SendAsync(after, realm, HttpMethod.Get, $"customer/{id}");
        var replay = await PostAsync(after, realm, "vendor?requestid=r-1", new { DisplayName = "Once" });
        var (_, next) = await PostAsync(after, realm, "customer", new { DisplayName = "Newcomer" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Survivor", read["Customer"]!["DisplayName"]!.GetValue<string>());
        Assert.Equal(firstAnswer, replay.Body.ToJsonString());
        Assert.NotEqual(id, next["Customer"]!["Id"]!.GetValue<string>());
    }

    private static Task<SandboxServer> StartAsync(InMemorySandboxStore store) =>
        SandboxServer.StartAsync(configureServices: services => services.AddSingleton<ISandboxStore>(store));
}
