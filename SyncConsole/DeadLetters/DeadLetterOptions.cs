namespace SyncConsole.DeadLetters;

/// <summary>When a failing record is dead-lettered, and how failed jobs are retried. Section <c>DeadLetters</c>.</summary>
public sealed class DeadLetterOptions
{
    public const string SectionName = "DeadLetters";

    /// <summary>A record operation failing in this many consecutive jobs is dead-lettered (1–100). Default 3.</summary>
    public int FailedJobsThreshold { get; set; } = 3;

    /// <summary>How often a job that failed for a transient reason (provider 5xx, 429, network) is retried (0–20). Default 5.</summary>
    public int JobRetryAttempts { get; set; } = 5;

    /// <summary>Delay before the first job retry; each further retry doubles it. Default 00:00:30; at least 00:00:00.1.</summary>
    public TimeSpan JobRetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest delay between job retries. Default 00:30:00; not below the base delay.</summary>
    public TimeSpan JobRetryMaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The delay before retry <paramref name="attempt"/> (1-based): base × 2^(attempt−1), capped.</summary>
    public TimeSpan JobRetryDelay(int attempt)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(JobRetryBaseDelay.Ticks * factor, JobRetryMaxDelay.Ticks));
        return delay;
    }
}
