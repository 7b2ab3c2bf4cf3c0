using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SyncConsole.QuickBooks.Sandbox.Storage;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>Registers the QuickBooks sandbox emulator.</summary>
public static class SandboxServiceCollectionExtensions
{
    /// <summary>
    /// Adds the emulator's services, options (section <c>QuickBooks:Sandbox</c>, validated on start) and webhook
    /// sender. The <see cref="ISandboxStore"/> defaults to <see cref="InMemorySandboxStore"/>; register a durable
    /// singleton store before or after this call (it replaces the default) so the emulator survives restarts.
    /// </summary>
    public static IServiceCollection AddQuickBooksSandbox(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SandboxOptions>, SandboxOptionsValidator>());
        services.TryAddSingleton<ISandboxStore, InMemorySandboxStore>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SandboxRandom>();
        services.TryAddSingleton<SandboxRateLimiter>();
        services.TryAddSingleton<SandboxFaultInjector>();
        services.TryAddSingleton<SandboxTokenService>();
        services.TryAddSingleton<SandboxWebhookQueue>();
        services.TryAddSingleton<SandboxCompanies>();
        services.TryAddSingleton<Query.SandboxQueryCache>();
        services.TryAddSingleton<SandboxSimulator>();
        services.TryAddSingleton(sp => new SandboxCompanyFactory(
            sp.GetRequiredService<SandboxCompanies>(), sp.GetRequiredService<SandboxTokenService>(), sp.GetRequiredService<IOptions<SandboxOptions>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddHttpClient(SandboxWebhookDispatcher.HttpClientName);
        services.AddHostedService<SandboxWebhookDispatcher>();
        return services;
    }
}
