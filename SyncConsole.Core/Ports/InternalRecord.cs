using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Ports;

/// <summary>A record of our system with its version.</summary>
/// <param name="EntityType">The entity type.</param>
/// <param name="Id">Our record id.</param>
/// <param name="Version">The record's version; every write (including a delete) raises it by exactly one.</param>
/// <param name="ModifiedAt">When it was last written.</param>
/// <param name="IsDeleted">True for a tombstone (deleted record); <see cref="Record"/> is then null.</param>
/// <param name="Record">The canonical record (current schema version), or null for a tombstone.</param>
public sealed record InternalRecord(
    EntityType EntityType,
    string Id,
    long Version,
    DateTimeOffset ModifiedAt,
    bool IsDeleted,
    CanonicalRecord? Record);
