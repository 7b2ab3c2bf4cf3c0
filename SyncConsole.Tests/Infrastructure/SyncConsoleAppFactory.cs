using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SyncConsole.Data;
using SyncConsole.Security.Jwt;

namespace SyncConsole.Tests.Infrastructure;

/// <summary>
/// The real app (Program) on a given database, in the Development environment (demo mode on) unless told otherwise.
/// Each factory gets its own Quartz scheduler name: Quartz keeps a process-wide registry of schedulers by name.
/// </summary>
public sealed class SyncConsoleAppFactory(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    private string environment = "Development";

    public SyncConsoleAppFactory InEnvironment(string name)
    {
        environment = name;
        return this;
    }

    private int port;

    /// <summary>
    /// Starts Kestrel on a free 127.0.0.1 port and returns its base address. The port is chosen before start-up so
    /// that settings naming the app's own address (the QuickBooks emulator's base URL) can point at it.
    /// </summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, Port));
        StartServer();
        var address = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        ClientOptions.BaseAddress = address;
        return address;
    }

    /// <summary>The loopback port <see cref="StartOnLoopback"/> listens on, known before start-up.</summary>
    public int Port
    {
        get
        {
            if (port == 0)
            {
                using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
                probe.Start();
                port = ((IPEndPoint)probe.LocalEndpoint).Port;
                probe.Stop();
            }

            return port;
        }
    }

    /// <summary>The signing key every test app trusts (tests run in Development and Production alike).</summary>
    public const string TestSigningKey = "dGVzdC1vbmx5LXN5bmNjb25zb2xlLXNpZ25pbmcta2V5LTAwMDAwMDAwMDA=";

    /// <summary>
    /// Production refuses to start without a sign-in provider: settings naming one (never contacted unless someone
    /// signs in through it), for tests that run in Production for other reasons.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> ProductionSignIn { get; } = new Dictionary<string, string?>
    {
        ["Auth:Oidc:Authority"] = "https://id.example.test",
        ["Auth:Oidc:ClientId"] = "syncconsole",
        ["Auth:Oidc:ClientSecret"] = "not-used-in-these-tests",
    };

    /// <summary>Everything the app logged (at the levels its settings enable).</summary>
    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>The webhook verifier token shared by the app's QuickBooks integration and its emulator in tests.</summary>
    public const string WebhookVerifier = "demo-webhook-verifier";

    /// <summary>An HTTP client that sends a bearer token for the tenant and roles given.</summary>
    public HttpClient CreateApiClient(Guid tenantId, params string[] roles)
    {
        var client = CreateClient(new() { AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress });
        var token = Services.GetRequiredService<TokenIssuer>().Issue("test-user", tenantId, roles);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A context on the app's own database, for arranging and checking what a test cannot see through the API.</summary>
    public Task<SyncConsoleDbContext> CreateDbContextAsync() =>
        Services.GetRequiredService<IDbContextFactory<SyncConsoleDbContext>>().CreateDbContextAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:SyncConsole", database.ConnectionString);
        builder.UseSetting("Scheduler:InstanceName", $"test-{Guid.NewGuid():N}");
        builder.UseSetting("Scheduler:ClusterCheckinInterval", "00:00:02");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Auth:Jwt:SigningKeys:0", TestSigningKey);
        builder.UseSetting("QuickBooks:EmulatorBaseUrl", $"http://127.0.0.1:{Port}");
        builder.UseSetting("QuickBooks:Sandbox:WebhookUrl", $"http://127.0.0.1:{Port}/api/integrations/quickbooks/webhooks/quickbooks");
        builder.UseSetting("QuickBooks:Sandbox:WebhookVerifierToken", WebhookVerifier);
        builder.UseSetting("QuickBooks:WebhookVerifierToken", WebhookVerifier);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }
}
