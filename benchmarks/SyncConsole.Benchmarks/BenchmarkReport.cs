using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace SyncConsole.Benchmarks;

/// <summary>The measured numbers of one run, against the targets of issue #5, as a markdown table.</summary>
internal sealed record BenchmarkReport(
    BenchmarkSettings Settings, FullInboundResult Full, RawUpsertResult Raw, TimeSpan Incremental, LatencyResult Latency)
{
    private const long Mb = 1024 * 1024;

    public double CeilingRatio => Full.RecordsPerSecond / Raw.RecordsPerSecond;

    /// <summary>Memory growth between the first quarter and the end of the load, on the working set.</summary>
    public long WorkingSetGrowth => Full.Milestones.Count < 2 ? 0 : Full.Milestones[^1].WorkingSet - Full.Milestones[0].WorkingSet;

    public string ToMarkdown()
    {
        var s = new StringBuilder();
        var n = Settings.Records.ToString("N0", CultureInfo.InvariantCulture);
        Line(s, $"# SyncConsole benchmarks: {n} records");
        Line(s, "");
        Line(s, $"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, " +
                $"PostgreSQL on 127.0.0.1. Command: `bash benchmarks/run --records {Settings.Records} --edits {Settings.Edits}" +
                (Settings.WarmUp is { } warmUp ? $" --warmup {warmUp}`." : "`."));
        Line(s, "");
        Line(s, "| scenario | measured | target | met |");
        Line(s, "|---|---|---|---|");
        Line(s, $"| (a) full inbound load, emulator → PostgreSQL | {F0(Full.RecordsPerSecond)} records/s ({F1(Full.Elapsed.TotalSeconds)} s) | | |");
        Line(s, $"| (a) CPU time during the load: sync host / emulator and harness | {F1(Full.HostCpu.TotalSeconds)} s / " +
                $"{F1(Full.HarnessCpu.TotalSeconds)} s ({F0(Full.HostCpu.TotalMilliseconds * 1000 / Full.Records)} µs of host CPU per record) | | |");
        Line(s, $"| (b) raw batched upsert of the same rows (ceiling): records, change log, sync states, job results; median of {Raw.Runs.Count} runs | " +
                $"{F0(Raw.RecordsPerSecond)} records/s = {F0(Raw.RowsPerSecond)} rows/s ({F2(Raw.Elapsed.TotalSeconds)} s; runs: " +
                $"{string.Join(", ", Raw.Runs.Select(r => $"{F2(r.TotalSeconds)} s"))}) | | |");
        Line(s, $"| (b) for reference: the records table alone | {F0(Raw.RecordsTableRowsPerSecond)} rows/s | | |");
        Line(s, $"| (a) / (b) | {CeilingRatio.ToString("P0", CultureInfo.InvariantCulture)} | ≥ 50 % | {Met(CeilingRatio >= 0.5)} |");
        Line(s, $"| (a) sync host peak working set | {Full.PeakWorkingSet / Mb} MB | < 300 MB, flat | {Met(Full.PeakWorkingSet < 300 * Mb)} |");
        foreach (var m in Full.Milestones)
        {
            Line(s, $"| (a) host working set at {m.Records.ToString("N0", CultureInfo.InvariantCulture)} records | {m.WorkingSet / Mb} MB | | |");
        }

        Line(s, $"| (c) incremental, no changes, over {n} records | {F2(Incremental.TotalSeconds)} s | < 2 s | {Met(Incremental < TimeSpan.FromSeconds(2))} |");
        Line(s, $"| (d) push + immediate, edit → emulator, p50 ({Latency.Edits} edits) | {Ms(Latency.P50)} ms | < 1000 ms | {Met(Latency.P50 < TimeSpan.FromSeconds(1))} |");
        Line(s, $"| (d) p99 | {Ms(Latency.P99)} ms | < 3000 ms | {Met(Latency.P99 < TimeSpan.FromSeconds(3))} |");
        Line(s, $"| (d) mean / max | {Ms(Latency.Mean)} ms / {Ms(Latency.Max)} ms | | |");
        Line(s, "");
        Line(s, $"The sync host runs as its own process (`dotnet SyncConsole.dll`, as deployed); its working set before the load was " +
                $"{Full.BaselineWorkingSet / Mb} MB. QuickBooks' emulator runs in the harness process on the same 2 cores, with its own database. " +
                (Settings.WarmUpRecords > 0
                    ? $"Both were warmed up first by {WarmUpScenario.Rounds} full syncs of {F0(Settings.WarmUpRecords)} records in other tenants."
                    : "Both were measured cold (no warm-up sync)."));
        return s.ToString();
    }

    private static void Line(StringBuilder s, string text) => s.Append(text).Append('\n');

    private static string Met(bool met) => met ? "yes" : "**no**";

    private static string F0(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string F1(double value) => value.ToString("F1", CultureInfo.InvariantCulture);

    private static string F2(double value) => value.ToString("F2", CultureInfo.InvariantCulture);

    private static string Ms(TimeSpan value) => value.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);
}
