namespace SyncConsole.Jobs;

/// <summary>How an action of the Background jobs page (run now, pause, resume, retry) ended.</summary>
public enum JobActionOutcome
{
    /// <summary>Done in Quartz: a job fired (now or again), or a schedule paused or resumed.</summary>
    Done,

    /// <summary>A sync job was queued (<see cref="JobAction.JobId"/>): a new one, or the equivalent one already waiting.</summary>
    SyncJobQueued,

    /// <summary>No such job or run for this caller: another tenant's reads exactly like one that does not exist.</summary>
    NotFound,

    /// <summary>Nothing was done (<see cref="JobAction.Reason"/>).</summary>
    Refused,
}

/// <summary>An action's outcome: the sync job concerned, when there is one, and why nothing was done when it was refused.</summary>
public sealed record JobAction(JobActionOutcome Outcome, string? JobId = null, string? Reason = null)
{
    public static JobAction NotFound { get; } = new(JobActionOutcome.NotFound, Reason: "It does not exist (or is not your tenant's).");

    public static JobAction Refused(string reason, string? jobId = null) => new(JobActionOutcome.Refused, jobId, reason);
}
