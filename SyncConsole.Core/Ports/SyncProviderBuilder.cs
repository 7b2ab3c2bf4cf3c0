using Microsoft.Extensions.DependencyInjection;

namespace SyncConsole.Core.Ports;

/// <summary>Collects a provider's mappers inside <c>AddSyncProvider</c>.</summary>
public sealed class SyncProviderBuilder
{
    private readonly List<Type> _mapperTypes = [];

    internal SyncProviderBuilder(IServiceCollection services, string providerId)
    {
        Services = services;
        ProviderId = providerId;
    }

    /// <summary>The service collection, for the provider's own services.</summary>
    public IServiceCollection Services { get; }

    /// <summary>The provider id.</summary>
    public string ProviderId { get; }

    internal IReadOnlyList<Type> MapperTypes => _mapperTypes;

    /// <summary>Registers the mapper of one entity type (scoped, keyed by the provider id).</summary>
    public SyncProviderBuilder AddMapper<TMapper>()
        where TMapper : class, IEntityMapper
    {
        Services.AddKeyedScoped<IEntityMapper, TMapper>(ProviderId);
        _mapperTypes.Add(typeof(TMapper));
        return this;
    }
}
