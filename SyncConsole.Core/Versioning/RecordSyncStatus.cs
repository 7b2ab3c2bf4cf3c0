namespace SyncConsole.Core.Versioning;

/// <summary>A record's sync status per connection (API.md wire names in <see cref="SyncWireNames"/>).</summary>
public enum RecordSyncStatus
{
    /// <summary>Both sides agree (<c>synced</c>).</summary>
    Synced = 1,

    /// <summary>Our side has a change to push (<c>pending_outbound</c>).</summary>
    PendingOutbound,

    /// <summary>The provider has a change to pull (<c>pending_inbound</c>).</summary>
    PendingInbound,

    /// <summary>An open conflict or review item waits for a person (<c>conflict</c>).</summary>
    Conflict,

    /// <summary>The last attempt failed; retried by the next job (<c>failed</c>).</summary>
    Failed,
}
