using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Ports;

/// <summary>Everything the orchestrator needs of one provider, resolved for the current scope.</summary>
/// <param name="ProviderId">The provider id (e.g. <c>quickbooks</c>).</param>
/// <param name="Adapter">The integration adapter.</param>
/// <param name="Strategy">Entity order and capabilities.</param>
/// <param name="Mappers">One mapper per supported entity type.</param>
public sealed record SyncProvider(
    string ProviderId,
    IIntegrationAdapter Adapter,
    ISyncProviderStrategy Strategy,
    IReadOnlyDictionary<EntityType, IEntityMapper> Mappers)
{
    /// <summary>The mapper of an entity type.</summary>
    /// <exception cref="InvalidOperationException">The provider registered no mapper for it.</exception>
    public IEntityMapper MapperFor(EntityType entityType) => Mappers.TryGetValue(entityType, out var mapper)
        ? mapper
        : throw new InvalidOperationException($"Provider '{ProviderId}' has no mapper for {entityType.ToWireName()}.");
}
