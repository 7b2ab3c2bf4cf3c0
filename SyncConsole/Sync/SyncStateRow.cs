using SyncConsole.Tenancy;

namespace SyncConsole.Sync;

/// <summary>
/// The version vector and link of one record on one connection: internal and external versions, the versions
/// last synced on each side (kept apart so that neither side's next change can hide behind the other), the base
/// snapshot of the last sync for three-way merges, and a write-ahead intent while a provider write is in flight.
/// </summary>
public sealed class SyncStateRow : ITenantOwned
{
    public required string StateId { get; init; }

    public required Guid TenantId { get; init; }

    public required string ConnectionId { get; init; }

    public required string EntityType { get; init; }

    public string? InternalId { get; set; }

    public string? ExternalId { get; set; }

    public long InternalVersion { get; set; }

    public long ExternalVersion { get; set; }

    public long SyncedInternalVersion { get; set; }

    public long SyncedExternalVersion { get; set; }

    /// <summary>The provider's own concurrency token (QuickBooks SyncToken) last seen.</summary>
    public string? ExternalToken { get; set; }

    public string? BaseJson { get; set; }

    public string? PendingWriteJson { get; set; }

    /// <summary>Our fields as last seen while a conflict blocks the record (Core's ObservedOurs).</summary>
    public string? ObservedOursJson { get; set; }

    /// <summary>The provider's fields as last seen while a conflict blocks the record (Core's ObservedTheirs).</summary>
    public string? ObservedTheirsJson { get; set; }

    public bool Removed { get; set; }

    public required string Status { get; set; }

    public string? Message { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
