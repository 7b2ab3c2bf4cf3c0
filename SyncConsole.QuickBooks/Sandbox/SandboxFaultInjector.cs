using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using SyncConsole.QuickBooks.Sandbox.Storage;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>Decides per API request whether to answer with an injected 429 burst, a 500 or a long delay.</summary>
internal sealed class SandboxFaultInjector(IOptions<SandboxOptions> options, SandboxRandom random)
{
    private readonly ConcurrentDictionary<string, int> _burstRemaining = new(StringComparer.Ordinal);

    /// <summary>Configuration wins over what the admin endpoint stored on the realm.</summary>
    public SandboxFaults FaultsFor(SandboxRealm realm) =>
        options.Value.Faults.GetValueOrDefault(realm.RealmId) ?? realm.Faults;

    /// <summary>True when the realm is set to refuse this write body (see <see cref="SandboxFaults.RefuseWritesContaining"/>).</summary>
    public bool Refuses(SandboxRealm realm, string body) =>
        FaultsFor(realm).RefuseWritesContaining.Any(text => body.Contains(text, StringComparison.Ordinal));

    public SandboxInjectedFault Decide(SandboxRealm realm)
    {
        var faults = FaultsFor(realm);
        if (_burstRemaining.TryGetValue(realm.RealmId, out var remaining) && remaining > 0)
        {
            _burstRemaining[realm.RealmId] = remaining - 1;
            return SandboxInjectedFault.Throttle;
        }

        if (random.Chance(faults.ThrottleRate))
        {
            _burstRemaining[realm.RealmId] = Math.Max(0, faults.ThrottleBurst - 1);
            return SandboxInjectedFault.Throttle;
        }

        if (random.Chance(faults.ServerErrorRate))
        {
            return SandboxInjectedFault.ServerError;
        }

        return random.Chance(faults.TimeoutRate) ? SandboxInjectedFault.Timeout : SandboxInjectedFault.None;
    }
}
