using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SyncConsole.Core.Matching;
using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Ports;

namespace SyncConsole.Core;

/// <summary>Registers the sync core and sync providers.</summary>
public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the orchestrator, the provider registry, matching options and <see cref="TimeProvider.System"/>
    /// (unless already registered). The host registers the stores (<see cref="IInternalRecordStore"/>,
    /// <see cref="ISyncStateStore"/>, <see cref="IConflictStore"/>) and the <see cref="IJobProgressSink"/>.
    /// </summary>
    public static IServiceCollection AddSyncCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<MatchingOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<ISyncProviderRegistry, SyncProviderRegistry>();
        services.TryAddScoped<SyncOrchestrator>();
        return services;
    }

    /// <summary>
    /// Registers one provider in one call: its adapter and strategy (scoped, keyed by <paramref name="providerId"/>)
    /// and, through <paramref name="configure"/>, its mappers. A second provider plugs in the same way without any
    /// change to the core.
    /// </summary>
    public static IServiceCollection AddSyncProvider<TAdapter, TStrategy>(
        this IServiceCollection services, string providerId, Action<SyncProviderBuilder> configure)
        where TAdapter : class, IIntegrationAdapter
        where TStrategy : class, ISyncProviderStrategy
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(providerId);
        ArgumentNullException.ThrowIfNull(configure);
        if (services.Any(d => d.ServiceType == typeof(SyncProviderDescriptor)
                && d.ImplementationInstance is SyncProviderDescriptor { } existing
                && string.Equals(existing.ProviderId, providerId, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"Sync provider '{providerId}' is already registered.");
        }

        services.AddKeyedScoped<IIntegrationAdapter, TAdapter>(providerId);
        services.AddKeyedScoped<ISyncProviderStrategy, TStrategy>(providerId);
        var builder = new SyncProviderBuilder(services, providerId);
        configure(builder);
        services.AddSingleton(new SyncProviderDescriptor(providerId, typeof(TAdapter), typeof(TStrategy), builder.MapperTypes.ToList()));
        return services;
    }
}
