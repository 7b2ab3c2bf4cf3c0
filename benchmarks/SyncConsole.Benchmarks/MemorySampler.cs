using System.Diagnostics;

namespace SyncConsole.Benchmarks;

/// <summary>Samples the process' working set and managed heap every 50 ms and keeps the peaks.</summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private long peakWorkingSet;
    private long peakManaged;

    public MemorySampler()
    {
        loop = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
            try
            {
                while (await timer.WaitForNextTickAsync(stop.Token))
                {
                    Sample();
                }
            }
            catch (OperationCanceledException)
            {
                // Stopped.
            }
        });
    }

    public long PeakWorkingSet => Interlocked.Read(ref peakWorkingSet);

    public long PeakManaged => Interlocked.Read(ref peakManaged);

    /// <summary>The current working set and managed heap size (bytes).</summary>
    public static (long WorkingSet, long Managed) Current()
    {
        using var process = Process.GetCurrentProcess();
        return (process.WorkingSet64, GC.GetTotalMemory(forceFullCollection: false));
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await loop;
        stop.Dispose();
    }

    private void Sample()
    {
        var (workingSet, managed) = Current();
        InterlockedMax(ref peakWorkingSet, workingSet);
        InterlockedMax(ref peakManaged, managed);
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long seen;
        while (value > (seen = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
