using Microsoft.Extensions.DependencyInjection;

namespace SyncConsole.Core.Ports;

/// <summary>Resolves providers from keyed services registered by <c>AddSyncProvider</c>.</summary>
internal sealed class SyncProviderRegistry(IServiceProvider services, IEnumerable<SyncProviderDescriptor> descriptors)
    : ISyncProviderRegistry
{
    public IReadOnlyList<SyncProviderDescriptor> Providers { get; } = descriptors.ToList();

    public SyncProvider Resolve(string providerId)
    {
        if (!Providers.Any(p => string.Equals(p.ProviderId, providerId, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"No sync provider '{providerId}' is registered.");
        }

        var strategy = services.GetRequiredKeyedService<ISyncProviderStrategy>(providerId);
        var mappers = services.GetKeyedServices<IEntityMapper>(providerId).ToDictionary(m => m.EntityType);
        var provider = new SyncProvider(
            providerId, services.GetRequiredKeyedService<IIntegrationAdapter>(providerId), strategy, mappers);
        foreach (var entityType in strategy.EntityOrder)
        {
            _ = provider.MapperFor(entityType);
        }

        return provider;
    }
}
