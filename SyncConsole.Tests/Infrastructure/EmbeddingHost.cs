using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SyncConsole.Tests.Infrastructure;

/// <summary>
/// A host application on another origin (http://localhost:port, so another site than the console's 127.0.0.1):
/// it serves docs/embed-sample.html and, server side, asks the console for an embed link with its bearer token.
/// </summary>
public sealed class EmbeddingHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly HttpClient console;

    private EmbeddingHost(WebApplication app, HttpClient console, int port)
    {
        this.app = app;
        this.console = console;
        Origin = $"http://localhost:{port}";
    }

    /// <summary>The host page's origin, e.g. <c>http://localhost:5301</c>.</summary>
    public string Origin { get; }

    public static async Task<EmbeddingHost> StartAsync(int port, Uri consoleBase, string bearerToken)
    {
        var console = new HttpClient { BaseAddress = consoleBase };
        console.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.ListenLocalhost(port));
        var app = builder.Build();
        var sample = Path.Combine(RepositoryPaths.Root, "docs", "embed-sample.html");
        app.MapGet("/", () => Results.File(sample, "text/html; charset=utf-8"));
        app.MapGet("/syncconsole/embed-link", async (string page) =>
        {
            using var response = await console.PostAsJsonAsync("api/embed-tokens", new { path = page, ttl_seconds = 60 });
            return response.StatusCode == HttpStatusCode.OK
                ? Results.Text(await response.Content.ReadAsStringAsync(), "application/json")
                : Results.StatusCode((int)response.StatusCode);
        });
        await app.StartAsync();
        return new EmbeddingHost(app, console, port);
    }

    public static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        console.Dispose();
    }
}
