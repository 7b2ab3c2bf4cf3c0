using SyncConsole.Core.Versioning;

namespace SyncConsole.Core.Ports;

/// <summary>
/// The local effects of one record decision, committed atomically: an optional write to our records, the new sync
/// state, and the states it replaces. The provider write (if any) already happened, idempotently, before the commit.
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
}
