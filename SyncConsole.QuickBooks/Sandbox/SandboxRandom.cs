using Microsoft.Extensions.Options;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>One shared, optionally seeded random source for fault injection and simulation.</summary>
internal sealed class SandboxRandom(IOptions<SandboxOptions> options)
{
    private readonly Random _random = options.Value.RandomSeed is { } seed ? new Random(seed) : new Random();
    private readonly Lock _gate = new();

    public bool Chance(double probability)
    {
        if (probability <= 0)
        {
            return false;
        }

        lock (_gate)
        {
            return _random.NextDouble() < probability;
        }
    }

    public int Next(int maxExclusive)
    {
        lock (_gate)
        {
            return _random.Next(maxExclusive);
        }
    }
}
