using SyncConsole.Tenancy;

namespace SyncConsole.Sync;

/// <summary>Where a connection's sync of one entity got to on one side: saved after every committed page.</summary>
public sealed class SyncCursorRow : ITenantOwned
{
    public required Guid TenantId { get; init; }

    public required string ConnectionId { get; init; }

    public required string EntityType { get; init; }

    /// <summary><c>internal</c> or <c>external</c>.</summary>
    public required string Side { get; init; }

    public required string Cursor { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
