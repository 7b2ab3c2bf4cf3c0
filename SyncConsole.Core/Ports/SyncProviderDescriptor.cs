namespace SyncConsole.Core.Ports;

/// <summary>The registration of one provider (singleton), listing its parts.</summary>
/// <param name="ProviderId">The provider id.</param>
/// <param name="AdapterType">The <see cref="IIntegrationAdapter"/> implementation.</param>
/// <param name="StrategyType">The <see cref="ISyncProviderStrategy"/> implementation.</param>
/// <param name="MapperTypes">The <see cref="IEntityMapper"/> implementations.</param>
public sealed record SyncProviderDescriptor(
    string ProviderId,
    Type AdapterType,
    Type StrategyType,
    IReadOnlyList<Type> MapperTypes);
