namespace SyncConsole.Core.Orchestration;

/// <summary>The kind of job (wire: <c>full</c>, <c>incremental</c>, <c>entity</c>, <c>reconcile</c>).</summary>
public enum SyncJobType
{
    /// <summary>Read every record of every enabled entity type, ignoring stored cursors.</summary>
    Full = 1,

    /// <summary>Read changes since the stored cursors of every enabled entity type.</summary>
    Incremental,

    /// <summary>Read changes since the stored cursors of the requested entity types only.</summary>
    Entity,

    /// <summary>
    /// Read every record like <see cref="Full"/>, but judge each linked record by a field-level diff of both sides
    /// against the last synced values instead of by version counters: catches missed webhooks and edits that changed
    /// no version. One-sided drift is repaired per the rules; only fields changed on both sides become conflicts.
    /// </summary>
    Reconcile,
}
