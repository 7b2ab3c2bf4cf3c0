namespace SyncConsole.Benchmarks;

/// <summary>Samples the sync host's working set every 50 ms and keeps the peak.</summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private long peakWorkingSet;

    public MemorySampler(HostProcess host)
    {
        loop = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
            try
            {
                while (await timer.WaitForNextTickAsync(stop.Token))
                {
                    InterlockedMax(ref peakWorkingSet, host.WorkingSet());
                }
            }
            catch (OperationCanceledException)
            {
                // Stopped.
            }
        });
    }

    public long PeakWorkingSet => Interlocked.Read(ref peakWorkingSet);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await loop;
        stop.Dispose();
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long seen;
        while (value > (seen = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
