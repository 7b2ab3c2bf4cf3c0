using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>QuickBooks' per-realm limits: requests per minute, per second, and in flight. Over any of them: 429.</summary>
internal sealed class SandboxRateLimiter(IOptions<SandboxOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, RealmWindow> _realms = new(StringComparer.Ordinal);

    /// <summary>Takes a slot for one request, or returns null when the realm is over a limit.</summary>
    public IDisposable? TryEnter(string realmId)
    {
        var window = _realms.GetOrAdd(realmId, _ => new RealmWindow());
        var limits = options.Value;
        var now = time.GetUtcNow();
        lock (window)
        {
            while (window.Starts.Count > 0 && now - window.Starts.Peek() >= TimeSpan.FromMinutes(1))
            {
                window.Starts.Dequeue();
            }

            var lastSecond = window.Starts.Count(s => now - s < TimeSpan.FromSeconds(1));
            if (window.InFlight >= limits.MaxConcurrentRequests || lastSecond >= limits.RequestsPerSecond || window.Starts.Count >= limits.RequestsPerMinute)
            {
                return null;
            }

            window.InFlight++;
            window.Starts.Enqueue(now);
            return new Lease(window);
        }
    }

    /// <summary>
    /// Meters <paramref name="count"/> more calls against the per-minute limit (each batch item counts as a call);
    /// false, and nothing metered, when that would exceed it.
    /// </summary>
    public bool TryConsume(string realmId, int count)
    {
        var window = _realms.GetOrAdd(realmId, _ => new RealmWindow());
        var now = time.GetUtcNow();
        lock (window)
        {
            if (window.Starts.Count + count > options.Value.RequestsPerMinute)
            {
                return false;
            }

            for (var i = 0; i < count; i++)
            {
                window.Starts.Enqueue(now);
            }

            return true;
        }
    }

    private sealed class RealmWindow
    {
        public Queue<DateTimeOffset> Starts { get; } = new();

        public int InFlight { get; set; }
    }

    private sealed class Lease(RealmWindow window) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                lock (window)
                {
                    window.InFlight--;
                }
            }
        }
    }
}
