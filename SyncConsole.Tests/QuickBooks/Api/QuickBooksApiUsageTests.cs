using Microsoft.Extensions.Options;
using SyncConsole.QuickBooks;
using SyncConsole.QuickBooks.Api;
using SyncConsole.Tests.Core.Fakes;

namespace SyncConsole.Tests.QuickBooks.Api;

public sealed class QuickBooksApiUsageTests
{
    private readonly ManualClock _clock = new();
    private readonly QuickBooksRateGate _gate;
    private readonly QuickBooksApiUsage _usage;

    public QuickBooksApiUsageTests()
    {
        _gate = new QuickBooksRateGate(Options.Create(new QuickBooksOptions { RequestsPerSecond = 100 }), _clock);
        _usage = new QuickBooksApiUsage(_gate);
    }

    [Fact]
    public void Snapshot_NoRequestYet_IsEmptyAndARealmReadsAsUnusedAgainstTheLimits()
    {
        Assert.Empty(_usage.Snapshot());
        Assert.Equal(new QuickBooksRealmUsage("123", 0, 500, 0, 10), _usage.Find("123"));
    }

    [Fact]
    public async Task Snapshot_RequestsInFlightAndFinished_CountsPerRealmAgainstTheLimits()
    {
        var leases = new List<IDisposable>();
        for (var i = 0; i < 3; i++)
        {
            leases.Add(await _gate.EnterAsync("realm-a", CancellationToken.None));
        }

        leases.Add(await _gate.EnterAsync("realm-b", CancellationToken.None));
        leases[0].Dispose();

        var a = _usage.Find("realm-a");
        Assert.Equal(new QuickBooksRealmUsage("realm-a", 3, 500, 2, 10), a);
        Assert.Equal(new QuickBooksRealmUsage("realm-b", 1, 500, 1, 10), _usage.Find("realm-b"));
        Assert.Equal(["realm-a", "realm-b"], _usage.Snapshot().Select(u => u.RealmId));
        leases.ForEach(l => l.Dispose());
    }

    [Fact]
    public async Task Snapshot_AfterAMinute_NoLongerCountsOldRequests()
    {
        (await _gate.EnterAsync("realm-a", CancellationToken.None)).Dispose();
        _clock.Tick(TimeSpan.FromSeconds(30));
        (await _gate.EnterAsync("realm-a", CancellationToken.None)).Dispose();
        Assert.Equal(2, _usage.Find("realm-a").RequestsLastMinute);

        _clock.Tick(TimeSpan.FromSeconds(31));

        var usage = _usage.Find("realm-a");
        Assert.Equal(1, usage.RequestsLastMinute);
        Assert.Equal(0, usage.InFlight);
    }
}
