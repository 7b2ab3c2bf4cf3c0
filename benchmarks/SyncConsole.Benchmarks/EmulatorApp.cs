using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SyncConsole.Security.Jwt;

namespace SyncConsole.Benchmarks;

/// <summary>
/// QuickBooks' side: the app (Program) in demo mode, hosted in the harness on Kestrel on a free 127.0.0.1 port and on
/// its own PostgreSQL database, for its QuickBooks emulator. The sync host under test (<see cref="HostProcess"/>) runs
/// apart and reaches it over HTTP, as it would reach QuickBooks. Both share the API signing key, so the harness signs
/// the host's API tokens here. Rate limits on both sides are raised far out of reach: this measures our pipeline, not
/// QuickBooks' throttle.
/// </summary>
internal sealed class EmulatorApp(string connectionString) : WebApplicationFactory<Program>
{
    private const string SigningKey = "YmVuY2htYXJrLW9ubHktc3luY2NvbnNvbGUtc2lnbmluZy1rZXktMDAwMDA=";
    private const string WebhookVerifier = "benchmark-webhook-verifier";
    private const string Unlimited = "1000000";
    private readonly int port = LoopbackPort.Free();
    private Uri? hostUri;

    /// <summary>Where the emulator listens once started (the port is taken up front: the host is told before).</summary>
    public Uri Address => new($"http://127.0.0.1:{port}/");

    /// <summary>Starts the emulator; its webhooks go to <paramref name="host"/>.</summary>
    public void Start(Uri host)
    {
        hostUri = host;
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        StartServer();
    }

    /// <summary>The sync host's settings: its database, this emulator as QuickBooks, the shared key and the raised limits.</summary>
    public static Dictionary<string, string> HostSettings(string connectionString, Uri emulator) => new()
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:SyncConsole"] = connectionString,
        ["Scheduler:InstanceName"] = $"bench-{Guid.NewGuid():N}",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Auth:Jwt:SigningKeys:0"] = SigningKey,
        ["Api:RequestsPerMinute"] = Unlimited,
        ["Api:Burst"] = "100000",
        ["Demo:Enabled"] = "false",
        // Production needs a sign-in provider to start; the API (bearer tokens) is all the benchmark uses.
        ["Auth:Oidc:Authority"] = "https://id.example.test",
        ["Auth:Oidc:ClientId"] = "benchmark",
        ["Auth:Oidc:ClientSecret"] = "benchmark",
        ["QuickBooks:Environment"] = "emulator",
        ["QuickBooks:EmulatorBaseUrl"] = emulator.GetLeftPart(UriPartial.Authority),
        ["QuickBooks:ClientId"] = "syncconsole-sandbox",
        ["QuickBooks:ClientSecret"] = "sandbox-secret",
        ["QuickBooks:WebhookVerifierToken"] = WebhookVerifier,
        ["QuickBooks:RequestsPerMinute"] = Unlimited,
        ["QuickBooks:RequestsPerSecond"] = Unlimited,
        ["QuickBooks:MaxConcurrentRequests"] = "1000",
    };

    /// <summary>An API client of the host with a bearer token for the tenant (operator and viewer roles).</summary>
    public HttpClient CreateHostClient(Uri host, Guid tenantId)
    {
        var client = new HttpClient { BaseAddress = host, Timeout = TimeSpan.FromMinutes(10) };
        var token = Services.GetRequiredService<TokenIssuer>().Issue("benchmark", tenantId, ["operator", "viewer"]);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:SyncConsole", connectionString);
        builder.UseSetting("Scheduler:InstanceName", $"bench-emulator-{Guid.NewGuid():N}");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:Console:FormatterName", "simple");
        builder.UseSetting("Auth:Jwt:SigningKeys:0", SigningKey);
        // QuickBooks' webhooks go to the host under test.
        builder.UseSetting("QuickBooks:Sandbox:WebhookUrl", new Uri(hostUri!, "api/integrations/quickbooks/webhooks/quickbooks").ToString());
        builder.UseSetting("QuickBooks:Sandbox:WebhookVerifierToken", WebhookVerifier);
        builder.UseSetting("QuickBooks:Sandbox:RequestsPerMinute", Unlimited);
        builder.UseSetting("QuickBooks:Sandbox:RequestsPerSecond", Unlimited);
        builder.UseSetting("QuickBooks:Sandbox:MaxConcurrentRequests", "1000");
    }
}
