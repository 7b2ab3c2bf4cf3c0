namespace SyncConsole.Core.Orchestration;

/// <summary>How a job ended.</summary>
/// <param name="JobId">The job.</param>
/// <param name="Status">Succeeded, partially succeeded, failed or cancelled.</param>
/// <param name="Entities">Counters per entity type, in the order run.</param>
/// <param name="Plan">For a dry run, every planned record decision; empty otherwise.</param>
/// <param name="Error">Why the job failed, when it did.</param>
public sealed record SyncJobOutcome(
    string JobId,
    JobStatus Status,
    IReadOnlyList<EntityJobSummary> Entities,
    IReadOnlyList<RecordResult> Plan,
    string? Error)
{
    /// <summary>The exception that failed the job, when one did; the host classifies it (transient or not) to retry.</summary>
    public Exception? Failure { get; init; }
}
