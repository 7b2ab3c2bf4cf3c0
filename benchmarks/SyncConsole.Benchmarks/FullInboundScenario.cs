using System.Text.Json;

namespace SyncConsole.Benchmarks;

/// <summary>(a) A full sync of every seeded customer from the emulator into the host's PostgreSQL record store.</summary>
internal static class FullInboundScenario
{
    public static async Task<FullInboundResult> RunAsync(HttpClient api, HostProcess host, int records, TextWriter log, CancellationToken cancellationToken)
    {
        var milestones = new[] { records / 4, records / 2, records };
        var seen = new List<MemoryMilestone>();
        var baseline = host.WorkingSet();
        var (hostCpu, harnessCpu) = (host.ProcessorTime(), HarnessProcessorTime());
        await using var sampler = new MemorySampler(host);
        var (job, elapsed) = await SyncJobs.RunAsync(api, "full", TimeSpan.FromMilliseconds(100), polled =>
        {
            var fetched = Fetched(polled);
            foreach (var milestone in milestones.Where(m => m > 0 && fetched >= m && seen.All(s => s.Records != m)))
            {
                var workingSet = host.WorkingSet();
                seen.Add(new MemoryMilestone(milestone, fetched, workingSet));
                log.WriteLine($"  {fetched,7} fetched: host working set {Mb(workingSet)} MB");
            }
        }, cancellationToken);

        (hostCpu, harnessCpu) = (host.ProcessorTime() - hostCpu, HarnessProcessorTime() - harnessCpu);
        log.WriteLine($"  job {SyncJobs.Timing(job)}; CPU: host {hostCpu.TotalSeconds:F1} s, emulator and harness {harnessCpu.TotalSeconds:F1} s");
        var created = SyncJobs.Count(job, "customer", "created");
        if (created != records)
        {
            throw new InvalidOperationException($"The full sync created {created} customers, not {records}: {job}");
        }

        return new FullInboundResult(records, elapsed, records / elapsed.TotalSeconds, sampler.PeakWorkingSet, baseline, seen, hostCpu, harnessCpu);
    }

    private static TimeSpan HarnessProcessorTime()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static int Fetched(JsonElement job) => SyncJobs.Count(job, "customer", "fetched");

    private static long Mb(long bytes) => bytes / (1024 * 1024);
}

internal sealed record MemoryMilestone(int Records, int FetchedWhenSampled, long WorkingSet);

internal sealed record FullInboundResult(
    int Records, TimeSpan Elapsed, double RecordsPerSecond, long PeakWorkingSet, long BaselineWorkingSet, IReadOnlyList<MemoryMilestone> Milestones,
    TimeSpan HostCpu, TimeSpan HarnessCpu);
