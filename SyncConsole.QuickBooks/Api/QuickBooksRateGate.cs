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

    /// <summary>What each realm seen by this process used of its budget in the last minute, and has in flight now.</summary>
    public IReadOnlyList<QuickBooksRealmUsage> Usage()
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var usage = new List<QuickBooksRealmUsage>();
        foreach (var (realmId, realm) in _realms)
        {
            lock (realm)
            {
                var lastMinute = realm.Starts.Count(s => now - s < TimeSpan.FromMinutes(1));
                usage.Add(new QuickBooksRealmUsage(
                    realmId, lastMinute, settings.RequestsPerMinute, realm.Concurrency - realm.InFlight.CurrentCount, realm.Concurrency));
            }
        }

        return [.. usage.OrderBy(u => u.RealmId, StringComparer.Ordinal)];
    }

    /// <summary>One realm's usage; nothing used (against the configured limits) when it was never called.</summary>
    public QuickBooksRealmUsage UsageOf(string realmId) =>
        Usage().FirstOrDefault(u => string.Equals(u.RealmId, realmId, StringComparison.Ordinal))
        ?? new QuickBooksRealmUsage(realmId, 0, options.Value.RequestsPerMinute, 0, options.Value.MaxConcurrentRequests);

    private sealed class Realm(int concurrency)
    {
        public int Concurrency { get; } = concurrency;

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
