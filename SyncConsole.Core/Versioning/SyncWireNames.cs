namespace SyncConsole.Core.Versioning;

/// <summary>API.md wire names of the versioning enums.</summary>
public static class SyncWireNames
{
    /// <summary>The wire name of a record sync status.</summary>
    public static string ToWireName(this RecordSyncStatus status) => status switch
    {
        RecordSyncStatus.Synced => "synced",
        RecordSyncStatus.PendingOutbound => "pending_outbound",
        RecordSyncStatus.PendingInbound => "pending_inbound",
        RecordSyncStatus.Conflict => "conflict",
        RecordSyncStatus.Failed => "failed",
    };

    /// <summary>The wire name of a sync decision.</summary>
    public static string ToWireName(this SyncDecision decision) => decision switch
    {
        SyncDecision.InSync => "in_sync",
        SyncDecision.Outbound => "outbound",
        SyncDecision.Inbound => "inbound",
        SyncDecision.Conflict => "conflict",
    };
}
