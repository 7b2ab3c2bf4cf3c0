namespace SyncConsole.Core.Orchestration;

/// <summary>What happened to one record in a job (API.md per-record result <c>action</c>).</summary>
public enum ResultAction
{
    /// <summary>Created on the target side (or linked to a matching record there).</summary>
    Created = 1,

    /// <summary>Updated on the target side (inactivation included).</summary>
    Updated,

    /// <summary>Deleted on the target side.</summary>
    Deleted,

    /// <summary>Nothing to do (already in sync, or the rule's direction forbids the write).</summary>
    Skipped,

    /// <summary>An open conflict or review item was raised; nothing was written.</summary>
    Conflict,

    /// <summary>The attempt failed; the record is retried by the next job.</summary>
    Failed,
}
