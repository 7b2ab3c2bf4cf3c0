using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SyncConsole.QuickBooks.Sandbox;
using SyncConsole.Tests.QuickBooks.Fakes;

namespace SyncConsole.Tests.QuickBooks.Sandbox;

/// <summary>The emulator on a loopback Kestrel port, with its own shifted clock.</summary>
internal sealed class SandboxServer : IAsyncDisposable
{
    public const string ClientId = "test-client";
    public const string ClientSecret = "test-secret";

    private readonly WebApplication _app;

    private SandboxServer(WebApplication app, OffsetClock clock)
    {
        _app = app;
        Clock = clock;
        BaseAddress = new Uri(app.Urls.First());
        Http = new HttpClient { BaseAddress = new Uri(BaseAddress, "/sandbox/quickbooks/") };
    }

    public OffsetClock Clock { get; }

    public Uri BaseAddress { get; }

    /// <summary>A client whose base address is the emulator's prefix (<c>/sandbox/quickbooks/</c>).</summary>
    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<SandboxServer> StartAsync(Action<SandboxOptions>? configure = null, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var clock = new OffsetClock();
        builder.Services.AddSingleton<TimeProvider>(clock);
        configureServices?.Invoke(builder.Services);
        builder.Services.AddQuickBooksSandbox();
        builder.Services.Configure<SandboxOptions>(o =>
        {
            o.ClientId = ClientId;
            o.ClientSecret = ClientSecret;
            o.RandomSeed = 7;
            configure?.Invoke(o);
        });
        var app = builder.Build();
        app.MapQuickBooksSandbox();
        await app.StartAsync();
        return new SandboxServer(app, clock);
    }

    public async Task<CreatedRealm> CreateRealmAsync(string seed = "empty")
    {
        using var response = await Http.PostAsJsonAsync("admin/realms", new { name = "Test company", seed });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        return new CreatedRealm(root.GetProperty("realm_id").GetString()!, root.GetProperty("access_token").GetString()!, root.GetProperty("refresh_token").GetString()!);
    }

    public async Task SetFaultsAsync(string realmId, object faults)
    {
        using var response = await Http.PutAsJsonAsync($"admin/realms/{realmId}/faults", faults);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
