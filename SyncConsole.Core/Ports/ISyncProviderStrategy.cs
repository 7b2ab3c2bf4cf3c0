using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Ports;

/// <summary>Per-provider sync knowledge: which entities it supports, in which order, and how.</summary>
public interface ISyncProviderStrategy
{
    /// <summary>
    /// The supported entity types in dependency order (referenced before referencing: accounts → items →
    /// customers, vendors → invoices, bills → payments). Deletes are propagated in the same pass per record.
    /// </summary>
    IReadOnlyList<EntityType> EntityOrder { get; }

    /// <summary>Capabilities of one supported entity type.</summary>
    EntityCapabilities CapabilitiesOf(EntityType entityType);
}
