using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Versioning;

namespace SyncConsole.Core.Ports;

/// <summary>
/// The local effects of one record decision, committed atomically: an optional write to our records, the new sync
/// state, the states it replaces, and the decision's per-record results. The provider write (if any) already happened,
/// idempotently, before the commit.
/// </summary>
/// <param name="Write">The write to our system, or null.</param>
/// <param name="State">The record's new sync state.</param>
public sealed record SyncCommit(InternalWrite? Write, SyncState State)
{
    /// <summary>
    /// States to delete in the same transaction: when two records known on one side only (each with its own state, e.g.
    /// after an ambiguous match) get linked, their states become one.
    /// </summary>
    public IReadOnlyList<string> RetiredStateIds { get; init; } = [];

    /// <summary>The job that decided, whose results <see cref="Results"/> are; null outside a job.</summary>
    public string? JobId { get; init; }

    /// <summary>
    /// The decision's per-record results, stored in the same transaction as its effects: a crash can never keep a
    /// decision and lose its evidence (which side a policy chose, say), since the record is in sync afterwards and no
    /// later job decides it again.
    /// </summary>
    public IReadOnlyList<RecordResult> Results { get; init; } = [];
}
