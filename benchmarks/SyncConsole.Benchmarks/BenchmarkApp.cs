using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SyncConsole.Security.Jwt;

namespace SyncConsole.Benchmarks;

/// <summary>
/// The real app (Program) with its embedded QuickBooks emulator, on Kestrel on a free 127.0.0.1 port and on
/// PostgreSQL, as SyncConsole.Tests' app factory hosts it. The emulator's and the adapter's QuickBooks rate limits are
/// raised far out of reach: this measures our pipeline, not QuickBooks' throttle.
/// </summary>
internal sealed class BenchmarkApp(string connectionString) : WebApplicationFactory<Program>
{
    private const string SigningKey = "YmVuY2htYXJrLW9ubHktc3luY2NvbnNvbGUtc2lnbmluZy1rZXktMDAwMDA=";
    private const string WebhookVerifier = "benchmark-webhook-verifier";
    private const string Unlimited = "1000000";
    private readonly int port = FreePort();

    public Uri Start()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        StartServer();
        var address = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        ClientOptions.BaseAddress = address;
        return address;
    }

    /// <summary>An API client with a bearer token for the tenant (operator and viewer roles).</summary>
    public HttpClient CreateApiClient(Guid tenantId)
    {
        var client = CreateClient(new() { AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress });
        client.Timeout = TimeSpan.FromMinutes(10);
        var token = Services.GetRequiredService<TokenIssuer>().Issue("benchmark", tenantId, ["operator", "viewer"]);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:SyncConsole", connectionString);
        builder.UseSetting("Scheduler:InstanceName", $"bench-{Guid.NewGuid():N}");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:Console:FormatterName", "simple");
        builder.UseSetting("Auth:Jwt:SigningKeys:0", SigningKey);
        builder.UseSetting("Api:RequestsPerMinute", Unlimited);
        builder.UseSetting("Api:Burst", "100000");
        builder.UseSetting("QuickBooks:EmulatorBaseUrl", $"http://127.0.0.1:{port}");
        // The emulator posts its webhooks to this app, as in the tests (Development settings point at port 5080).
        builder.UseSetting("QuickBooks:Sandbox:WebhookUrl", $"http://127.0.0.1:{port}/api/integrations/quickbooks/webhooks/quickbooks");
        builder.UseSetting("QuickBooks:Sandbox:WebhookVerifierToken", WebhookVerifier);
        builder.UseSetting("QuickBooks:WebhookVerifierToken", WebhookVerifier);
        foreach (var prefix in new[] { "QuickBooks:", "QuickBooks:Sandbox:" })
        {
            builder.UseSetting(prefix + "RequestsPerMinute", Unlimited);
            builder.UseSetting(prefix + "RequestsPerSecond", Unlimited);
            builder.UseSetting(prefix + "MaxConcurrentRequests", "1000");
        }
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var free = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return free;
    }
}
