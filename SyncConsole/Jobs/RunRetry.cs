namespace SyncConsole.Jobs;

/// <summary>How retrying a failed run from the Background jobs page ended.</summary>
public enum RunRetryOutcome
{
    /// <summary>A job other than a sync job was fired again.</summary>
    Refired,

    /// <summary>The run's sync job was retried as a new sync job (<see cref="RunRetry.JobId"/>).</summary>
    SyncJobRetried,

    /// <summary>Nothing was done (<see cref="RunRetry.Reason"/>).</summary>
    Refused,
}

/// <summary>A retry's outcome: the new sync job, or why nothing was done (and the sync job concerned, when known).</summary>
public sealed record RunRetry(RunRetryOutcome Outcome, string? JobId = null, string? Reason = null);
