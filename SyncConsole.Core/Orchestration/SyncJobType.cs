namespace SyncConsole.Core.Orchestration;

/// <summary>The kind of job (wire: <c>full</c>, <c>incremental</c>, <c>entity</c>).</summary>
public enum SyncJobType
{
    /// <summary>Read every record of every enabled entity type, ignoring stored cursors.</summary>
    Full = 1,

    /// <summary>Read changes since the stored cursors of every enabled entity type.</summary>
    Incremental,

    /// <summary>Read changes since the stored cursors of the requested entity types only.</summary>
    Entity,
}
