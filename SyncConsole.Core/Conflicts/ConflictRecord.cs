using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Conflicts;

/// <summary>
/// A conflict or review item of one record (API.md <c>/api/conflicts/{id}</c>). At most one conflict per record is
/// open or resolved-but-not-applied at a time.
/// </summary>
public sealed record ConflictRecord
{
    /// <summary>Conflict id (a GUID string).</summary>
    public required string Id { get; init; }

    /// <summary>The connection.</summary>
    public required string ConnectionId { get; init; }

    /// <summary>The entity type.</summary>
    public required EntityType EntityType { get; init; }

    /// <summary>The sync state row of the record.</summary>
    public required string StateId { get; init; }

    /// <summary>Our record id, if the record exists on our side.</summary>
    public string? RecordId { get; init; }

    /// <summary>The provider id, if the record exists at the provider.</summary>
    public string? ExternalId { get; init; }

    /// <summary>What has to be decided.</summary>
    public required ConflictKind Kind { get; init; }

    /// <summary>When the conflict was detected.</summary>
    public required DateTimeOffset DetectedAt { get; init; }

    /// <summary>The conflicting fields.</summary>
    public required IReadOnlyList<FieldConflict> Fields { get; init; }

    /// <summary>Open or resolved.</summary>
    public ConflictStatus Status { get; init; } = ConflictStatus.Open;

    /// <summary>The choice per field once resolved.</summary>
    public IReadOnlyDictionary<string, ConflictChoice>? Choices { get; init; }

    /// <summary>Who resolved it.</summary>
    public string? ResolvedBy { get; init; }

    /// <summary>When it was resolved.</summary>
    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>True once a sync applied the resolution to both sides.</summary>
    public bool Applied { get; init; }
}
