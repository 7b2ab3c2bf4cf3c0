namespace SyncConsole.Tests.QuickBooks.Fakes;

/// <summary>The system clock moved by an adjustable offset; timers stay real so delays and retries still finish.</summary>
internal sealed class OffsetClock : TimeProvider
{
    private long _offsetTicks;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
}
