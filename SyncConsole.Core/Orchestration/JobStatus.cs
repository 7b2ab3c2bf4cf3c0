namespace SyncConsole.Core.Orchestration;

/// <summary>Job status (wire: <c>queued</c>, <c>running</c>, <c>succeeded</c>, <c>partially_succeeded</c>, <c>failed</c>, <c>cancelled</c>).</summary>
public enum JobStatus
{
    /// <summary>Waiting to start.</summary>
    Queued = 1,

    /// <summary>Running.</summary>
    Running,

    /// <summary>Every record succeeded (conflicts raised for review count as success).</summary>
    Succeeded,

    /// <summary>Finished, but some records failed.</summary>
    PartiallySucceeded,

    /// <summary>Stopped by an error; committed pages stay committed and the next job resumes after them.</summary>
    Failed,

    /// <summary>Stopped at a safe point on request.</summary>
    Cancelled,
}
