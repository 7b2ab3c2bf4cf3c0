using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SyncConsole.Tests.Infrastructure;

/// <summary>
/// The SyncConsole app as a separate operating-system process (`dotnet SyncConsole.dll` from the test output), for
/// what one process cannot show: several nodes in one Quartz cluster (Quartz keeps one scheduler per name per
/// process) and a node killed with SIGKILL. Settings go in as command-line configuration; stdout is kept for asserts.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> output = new();
    private readonly IReadOnlyDictionary<string, string?> settings;
    private Process? process;

    public AppProcess(string name, IReadOnlyDictionary<string, string?> settings)
    {
        Name = name;
        this.settings = settings;
        BaseUri = new Uri($"http://127.0.0.1:{FreePort()}/");
    }

    public string Name { get; }

    public Uri BaseUri { get; }

    /// <summary>Every line the process wrote to stdout and stderr so far, across restarts.</summary>
    public IReadOnlyCollection<string> Output => output;

    /// <summary>Starts the process and waits (bounded) until it answers /health/ready.</summary>
    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SyncConsole.dll"));
        start.ArgumentList.Add($"--urls={BaseUri.GetLeftPart(UriPartial.Authority)}");
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_NOLOGO"] = "1";
        process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Name}.");
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.ReturnsAsync(
            async () => process.HasExited ? throw new InvalidOperationException($"{Name} exited: {string.Join('\n', output)}") : await IsReadyAsync(http),
            ready => ready,
            TimeSpan.FromSeconds(90),
            $"{Name} to be ready");
    }

    /// <summary>SIGKILL: no shutdown hooks, no finally blocks, no chance to release anything.</summary>
    public async Task KillAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public HttpClient CreateApiClient(string token)
    {
        var client = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process?.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            output.Enqueue($"[{Name}] {line}");
        }
    }

    private static async Task<bool> IsReadyAsync(HttpClient http)
    {
        try
        {
            using var response = await http.GetAsync(new Uri("health/ready", UriKind.Relative));
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
