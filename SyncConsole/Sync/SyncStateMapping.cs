using SyncConsole.Core.Ports;
using SyncConsole.Core.Versioning;
using SyncConsole.Records;

namespace SyncConsole.Sync;

/// <summary>Between Core's <see cref="SyncState"/> and its row.</summary>
internal static class SyncStateMapping
{
    public static SyncState ToState(SyncStateRow row) => new()
    {
        StateId = row.StateId,
        ConnectionId = row.ConnectionId,
        EntityType = RecordWrites.ParseType(row.EntityType),
        InternalId = row.InternalId,
        ExternalId = row.ExternalId,
        Vector = new VersionVector(row.InternalVersion, row.ExternalVersion, row.SyncedInternalVersion, row.SyncedExternalVersion),
        ExternalToken = row.ExternalToken,
        Base = SyncJson.ReadFieldMap(row.BaseJson),
        PendingWrite = SyncJson.ReadPendingWrite(row.PendingWriteJson),
        ObservedOurs = SyncJson.ReadFieldMap(row.ObservedOursJson),
        ObservedTheirs = SyncJson.ReadFieldMap(row.ObservedTheirsJson),
        Removed = row.Removed,
        Status = ParseStatus(row.Status),
        Message = row.Message,
    };

    public static void CopyTo(SyncState state, SyncStateRow row, DateTimeOffset now)
    {
        row.InternalId = state.InternalId;
        row.ExternalId = state.ExternalId;
        row.InternalVersion = state.Vector.InternalVersion;
        row.ExternalVersion = state.Vector.ExternalVersion;
        row.SyncedInternalVersion = state.Vector.SyncedInternalVersion;
        row.SyncedExternalVersion = state.Vector.SyncedExternalVersion;
        row.ExternalToken = state.ExternalToken;
        row.BaseJson = SyncJson.Write(state.Base);
        row.PendingWriteJson = SyncJson.Write(state.PendingWrite);
        row.ObservedOursJson = SyncJson.Write(state.ObservedOurs);
        row.ObservedTheirsJson = SyncJson.Write(state.ObservedTheirs);
        row.Removed = state.Removed;
        row.Status = state.Status.ToWireName();
        row.Message = state.Message;
        row.UpdatedAt = now;
    }

    public static RecordSyncStatus ParseStatus(string wireName) =>
        Enum.GetValues<RecordSyncStatus>().Single(s => s.ToWireName() == wireName);

    public static string ToWireName(CursorSide side) => side switch
    {
        CursorSide.Internal => "internal",
        CursorSide.External => "external",
    };
}
