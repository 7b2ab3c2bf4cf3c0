using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Versioning;

/// <summary>
/// Everything the engine remembers about one record of one connection: the link between our id and the provider id,
/// the version vector, the provider token last seen, the base snapshot of the last successful sync (fields in our
/// ids; the common ancestor of three-way merges) and the status.
/// </summary>
public sealed record SyncState
{
    /// <summary>Stable id of this state row (a GUID string).</summary>
    public required string StateId { get; init; }

    /// <summary>The connection.</summary>
    public required string ConnectionId { get; init; }

    /// <summary>The entity type.</summary>
    public required EntityType EntityType { get; init; }

    /// <summary>Our record id; null while only the provider record is known.</summary>
    public string? InternalId { get; init; }

    /// <summary>The provider id; null while only our record is known.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The version vector.</summary>
    public VersionVector Vector { get; init; } = VersionVector.Initial;

    /// <summary>The provider token last seen (QuickBooks <c>SyncToken</c>).</summary>
    public string? ExternalToken { get; init; }

    /// <summary>The fields both sides agreed on at the last successful sync; null before the first.</summary>
    public FieldMap? Base { get; init; }

    /// <summary>
    /// Write-ahead intent of a provider write in flight, saved before the provider call so that a job killed after
    /// the provider wrote but before the commit replays (and so adopts) its own write on the next run.
    /// </summary>
    public PendingExternalWrite? PendingWrite { get; init; }

    /// <summary>
    /// While a conflict blocks the record: our fields as last seen. A field that changes after that counts as our
    /// change even if it returns to the base value (A→B→A), which the base alone cannot show. Cleared once synced.
    /// </summary>
    public FieldMap? ObservedOurs { get; init; }

    /// <summary>While a conflict blocks the record: the provider's fields as last seen (see <see cref="ObservedOurs"/>).</summary>
    public FieldMap? ObservedTheirs { get; init; }

    /// <summary>True once the record is removed on both sides (a tombstone; nothing further syncs).</summary>
    public bool Removed { get; init; }

    /// <summary>The status shown to users.</summary>
    public RecordSyncStatus Status { get; init; } = RecordSyncStatus.PendingOutbound;

    /// <summary>The last failure message, when <see cref="Status"/> is failed or conflict.</summary>
    public string? Message { get; init; }

    /// <summary>
    /// The API status of the record given our record's current version (the application may have written it since the
    /// last job): conflict and failed as stored; otherwise from the version vector — in sync → synced, a change of ours
    /// to push → pending_outbound, a provider change to pull (alone or alongside ours, still to be merged) → pending_inbound.
    /// </summary>
    public RecordSyncStatus StatusAt(long internalVersion) => Status switch
    {
        RecordSyncStatus.Conflict or RecordSyncStatus.Failed => Status,
        RecordSyncStatus.Synced or RecordSyncStatus.PendingOutbound or RecordSyncStatus.PendingInbound =>
            Vector.ObserveInternal(internalVersion).Decide() switch
            {
                SyncDecision.InSync => RecordSyncStatus.Synced,
                SyncDecision.Outbound => RecordSyncStatus.PendingOutbound,
                SyncDecision.Inbound or SyncDecision.Conflict => RecordSyncStatus.PendingInbound,
            },
    };

    /// <summary>A new state for a record first seen now.</summary>
    public static SyncState New(string connectionId, EntityType entityType, string? internalId, string? externalId) => new()
    {
        StateId = Guid.NewGuid().ToString("D"),
        ConnectionId = connectionId,
        EntityType = entityType,
        InternalId = internalId,
        ExternalId = externalId,
    };
}
