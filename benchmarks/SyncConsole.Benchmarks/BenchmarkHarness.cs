using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SyncConsole.QuickBooks.Sandbox.Storage;

namespace SyncConsole.Benchmarks;

/// <summary>
/// One benchmark run: two fresh databases, QuickBooks' emulator in the harness and the sync host in a process of its
/// own (both on 127.0.0.1), a warm-up sync in another tenant, a connected company seeded with customers, then the four
/// scenarios in order (full load, raw ceiling, no-change incremental, push latency).
/// </summary>
public static class BenchmarkHarness
{
    public static async Task<string> RunToMarkdownAsync(BenchmarkSettings settings, TextWriter log, CancellationToken cancellationToken) =>
        (await RunAsync(settings, log, cancellationToken)).ToMarkdown();

    internal static async Task<BenchmarkReport> RunAsync(BenchmarkSettings settings, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(log);
        var hostDatabase = await BenchmarkDatabase.CreateAsync(settings.PostgresConnectionString, cancellationToken);
        var emulatorDatabase = await BenchmarkDatabase.CreateAsync(settings.PostgresConnectionString, cancellationToken);
        await using var emulator = new EmulatorApp(emulatorDatabase);
        var hostLog = Path.Combine(Path.GetTempPath(), $"syncconsole-bench-host-{Environment.ProcessId}.log");
        await using var host = await HostProcess.StartAsync(EmulatorApp.HostSettings(hostDatabase, emulator.Address), hostLog, cancellationToken);
        emulator.Start(host.BaseUri);
        await log.WriteLineAsync($"sync host: process {host.ProcessId} on {host.BaseUri} (log {hostLog}); QuickBooks emulator on {emulator.Address}");
        var tenant = Guid.NewGuid();
        using var api = emulator.CreateHostClient(host.BaseUri, tenant);
        var realmId = await QuickBooksConnection.ConnectEmptyCompanyAsync(api, host.BaseUri, cancellationToken);

        if (settings.WarmUpRecords > 0)
        {
            var warmUp = await WarmUpScenario.RunAsync(emulator, host, emulatorDatabase, settings.WarmUpRecords, cancellationToken);
            await log.WriteLineAsync($"warm-up: {WarmUpScenario.Rounds} full syncs of {settings.WarmUpRecords} customers in other tenants in {warmUp.TotalSeconds:F1} s");
        }

        var step = Stopwatch.StartNew();
        await EmulatorSeeder.SeedCustomersAsync(emulatorDatabase, realmId, settings.Records, cancellationToken);
        await log.WriteLineAsync($"seeded {settings.Records} customers into emulated company {realmId} in {step.Elapsed.TotalSeconds:F1} s");

        await log.WriteLineAsync("(a) full inbound load");
        var full = await FullInboundScenario.RunAsync(api, host, settings.Records, log, cancellationToken);
        await log.WriteLineAsync($"    {full.RecordsPerSecond:F0} records/s in {full.Elapsed.TotalSeconds:F1} s");

        await log.WriteLineAsync("(b) raw batched upsert of the same rows");
        var raw = await RawUpsertScenario.RunAsync(hostDatabase, tenant, cancellationToken);
        await log.WriteLineAsync($"    runs of {string.Join(", ", raw.Runs.Select(r => $"{r.TotalSeconds:F2} s"))}; the median counts");
        await log.WriteLineAsync($"    {raw.RecordsPerSecond:F0} records/s ({raw.RowsPerSecond:F0} rows/s) in {raw.Elapsed.TotalSeconds:F2} s; records table alone {raw.RecordsTableRowsPerSecond:F0} rows/s");

        await log.WriteLineAsync("(c) incremental with no changes");
        var (incrementalJob, incremental) = await SyncJobs.RunAsync(api, "incremental", TimeSpan.FromMilliseconds(10), null, cancellationToken);
        var changed = SyncJobs.Count(incrementalJob, "customer", "created") + SyncJobs.Count(incrementalJob, "customer", "updated");
        if (changed != 0)
        {
            throw new InvalidOperationException($"The no-change incremental job changed {changed} customers: {incrementalJob}");
        }

        await log.WriteLineAsync($"    {incremental.TotalSeconds:F2} s (job {SyncJobs.Timing(incrementalJob)})");

        await log.WriteLineAsync($"(d) push + immediate latency over {settings.Edits} edits");
        var latency = await PushLatencyScenario.RunAsync(
            api, emulator.Services.GetRequiredService<ISandboxStore>(), realmId, settings.Edits, cancellationToken);
        await log.WriteLineAsync($"    p50 {latency.P50.TotalMilliseconds:F0} ms, p99 {latency.P99.TotalMilliseconds:F0} ms");
        return new BenchmarkReport(settings, full, raw, incremental, latency);
    }
}
