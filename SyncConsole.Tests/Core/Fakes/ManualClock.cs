namespace SyncConsole.Tests.Core.Fakes;

/// <summary>A clock that moves only when told to.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public ManualClock()
        : this(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves time forward (by a second unless told otherwise) and returns the new now.</summary>
    public DateTimeOffset Tick(TimeSpan? by = null) => _now += by ?? TimeSpan.FromSeconds(1);
}
