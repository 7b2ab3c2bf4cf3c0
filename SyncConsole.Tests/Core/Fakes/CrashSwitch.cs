namespace SyncConsole.Tests.Core.Fakes;

/// <summary>
/// Kills a job at its N-th durable step (provider write before or after it happens, state save, commit), so tests can
/// crash between any two effects, including after a provider write whose response is then lost.
/// </summary>
internal sealed class CrashSwitch
{
    private int _steps;

    /// <summary>The step at which to crash (1-based), or null for never.</summary>
    public int? CrashAt { get; private set; }

    public void Arm(int step)
    {
        _steps = 0;
        CrashAt = step;
    }

    public void Disarm() => CrashAt = null;

    public void Step()
    {
        if (CrashAt is { } at && ++_steps == at)
        {
            CrashAt = null;
            throw new SimulatedCrashException();
        }
    }
}
