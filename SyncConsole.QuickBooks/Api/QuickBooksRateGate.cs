using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace SyncConsole.QuickBooks.Api;

/// <summary>
/// Keeps each realm under QuickBooks' limits on the client side: at most N requests in flight, N per second and
/// M per minute (10 / 10 / 500 by default). Waits instead of failing.
/// </summary>
internal sealed class QuickBooksRateGate(IOptions<QuickBooksOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Realm> _realms = new(StringComparer.Ordinal);

    public async Task<IDisposable> EnterAsync(string realmId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var realm = _realms.GetOrAdd(realmId, _ => new Realm(settings.MaxConcurrentRequests));
        await realm.InFlight.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                TimeSpan wait;
                lock (realm)
                {
                    var now = time.GetUtcNow();
                    while (realm.Starts.Count > 0 && now - realm.Starts.Peek() >= TimeSpan.FromMinutes(1))
                    {
                        realm.Starts.Dequeue();
                    }

                    var inLastSecond = realm.Starts.Where(s => now - s < TimeSpan.FromSeconds(1)).ToList();
                    if (inLastSecond.Count < settings.RequestsPerSecond && realm.Starts.Count < settings.RequestsPerMinute)
                    {
                        realm.Starts.Enqueue(now);
                        return new Lease(realm.InFlight);
                    }

                    wait = inLastSecond.Count >= settings.RequestsPerSecond
                        ? inLastSecond[0] + TimeSpan.FromSeconds(1) - now
                        : realm.Starts.Peek() + TimeSpan.FromMinutes(1) - now;
                }

                await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), time, cancellationToken);
            }
        }
        catch
        {
            realm.InFlight.Release();
            throw;
        }
    }

    private sealed class Realm(int concurrency)
    {
        public SemaphoreSlim InFlight { get; } = new(concurrency, concurrency);

        public Queue<DateTimeOffset> Starts { get; } = new();
    }

    private sealed class Lease(SemaphoreSlim semaphore) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
