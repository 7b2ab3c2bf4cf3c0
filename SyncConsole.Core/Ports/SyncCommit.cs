using SyncConsole.Core.Versioning;

namespace SyncConsole.Core.Ports;

/// <summary>
/// The local effects of one record decision, committed atomically: an optional write to our records and the new sync
/// state. The provider write (if any) already happened, idempotently, before the commit.
/// </summary>
/// <param name="Write">The write to our system, or null.</param>
/// <param name="State">The record's new sync state.</param>
public sealed record SyncCommit(InternalWrite? Write, SyncState State);
