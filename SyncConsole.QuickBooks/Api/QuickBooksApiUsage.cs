namespace SyncConsole.QuickBooks.Api;

/// <summary>
/// Read-only view of the per-realm API budget the client's rate gate tracks in memory, for dashboards. Counts are
/// this process's own: on a cluster each node reports the requests it made.
/// </summary>
public sealed class QuickBooksApiUsage
{
    private readonly QuickBooksRateGate _gate;

    internal QuickBooksApiUsage(QuickBooksRateGate gate) => _gate = gate;

    /// <summary>Every realm this process has called, ordered by realm id.</summary>
    public IReadOnlyList<QuickBooksRealmUsage> Snapshot() => _gate.Usage();

    /// <summary>One realm's usage; zero requests against the configured limits when this process has not called it yet.</summary>
    public QuickBooksRealmUsage Find(string realmId) => _gate.UsageOf(realmId);
}
