using SyncConsole.Tenancy;

namespace SyncConsole.Sync;

/// <summary>A conflict awaiting (or after) a decision: base / ours / theirs per field, and what was chosen.</summary>
public sealed class ConflictRow : ITenantOwned
{
    public required string Id { get; init; }

    public required Guid TenantId { get; init; }

    public required string ConnectionId { get; init; }

    public required string EntityType { get; init; }

    public required string StateId { get; init; }

    public string? RecordId { get; set; }

    public string? ExternalId { get; set; }

    public required string Kind { get; set; }

    public DateTimeOffset DetectedAt { get; set; }

    public required string FieldsJson { get; set; }

    public required string Status { get; set; }

    public string? ChoicesJson { get; set; }

    public string? ResolvedBy { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public bool Applied { get; set; }
}
