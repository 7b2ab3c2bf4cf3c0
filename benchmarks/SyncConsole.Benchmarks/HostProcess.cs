using System.Diagnostics;
using System.Net;

namespace SyncConsole.Benchmarks;

/// <summary>
/// The sync host under test as it is deployed: <c>dotnet SyncConsole.dll</c> (Production) in a process of its own, on PostgreSQL,
/// talking to QuickBooks (the harness' emulator) over HTTP. Its own process so that its memory is measured alone,
/// without the emulator or the harness. Settings go in as command-line configuration; its output goes to a log file.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;

    private readonly string dataDirectory;

    private HostProcess(Process process, StreamWriter log, Uri baseUri, string dataDirectory)
    {
        this.process = process;
        this.log = log;
        this.dataDirectory = dataDirectory;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public int ProcessId => process.Id;

    /// <summary>Starts the host and waits (bounded) until it answers /health/ready.</summary>
    public static async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string> settings, string logPath, CancellationToken cancellationToken)
    {
        var baseUri = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}/");
        // Its own key ring and data folder, as on a fresh machine.
        var dataDirectory = Directory.CreateTempSubdirectory("syncconsole-bench-host-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SyncConsole.dll"));
        start.ArgumentList.Add($"--urls={baseUri.GetLeftPart(UriPartial.Authority)}");
        start.ArgumentList.Add($"--Database:DataDirectory={dataDirectory}");
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // The managed-heap cap the Dockerfile sets (192 MB); the GC settings come with SyncConsole.dll (its runtimeconfig).
        start.Environment["DOTNET_GCHeapHardLimit"] = "0xC000000";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the sync host.");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, log, baseUri, dataDirectory);
        await host.WaitUntilReadyAsync(logPath, cancellationToken);
        return host;
    }

    /// <summary>The host's working set now (bytes), read from the operating system.</summary>
    public long WorkingSet()
    {
        process.Refresh();
        return process.WorkingSet64;
    }

    /// <summary>The host's CPU time so far (user and system, all threads).</summary>
    public TimeSpan ProcessorTime()
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        await log.DisposeAsync();
        Directory.Delete(dataDirectory, recursive: true);
    }

    private async Task WaitUntilReadyAsync(string logPath, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The sync host exited with {process.ExitCode}; see {logPath}.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("health/ready", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Starting (migrations, the scheduler): asked again.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }

        throw new TimeoutException($"The sync host was not ready within 120 s; see {logPath}.");
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }
}
