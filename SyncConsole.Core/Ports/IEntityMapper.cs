using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Ports;

/// <summary>
/// Pure translation between a provider DTO and a canonical record for one entity type. References are provider ids
/// on both sides of a mapper: the orchestrator translates them to and from our ids.
/// </summary>
public interface IEntityMapper
{
    /// <summary>The entity type mapped.</summary>
    EntityType EntityType { get; }

    /// <summary>Provider → canonical. The returned record's id is the provider id; its schema version is current.</summary>
    CanonicalRecord ToCanonical(ExternalRecord record);

    /// <summary>
    /// Canonical → provider DTO for a create (<paramref name="current"/> null) or an update of <paramref name="current"/>
    /// (so fields the canonical schema does not know survive). The record's id is the provider id (empty for a create).
    /// </summary>
    object ToExternal(CanonicalRecord record, ExternalRecord? current);
}
