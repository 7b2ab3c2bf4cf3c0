using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SyncConsole.Core;
using SyncConsole.QuickBooks.Api;
using SyncConsole.QuickBooks.Auth;
using SyncConsole.QuickBooks.Mapping;
using SyncConsole.QuickBooks.Sync;
using SyncConsole.QuickBooks.Webhooks;

namespace SyncConsole.QuickBooks;

/// <summary>Registers the QuickBooks Online integration.</summary>
public static class QuickBooksServiceCollectionExtensions
{
    /// <summary>The provider id QuickBooks is registered under with Core (<c>quickbooks</c>).</summary>
    public const string ProviderId = "quickbooks";

    internal const string OAuthHttpClient = "QuickBooks.OAuth";
    internal const string ApiHttpClient = "QuickBooks.Api";

    /// <summary>
    /// Adds the QuickBooks options (section <c>QuickBooks</c>, validated on start), OAuth client, token provider, API
    /// client and webhook verifier, and registers the provider with Core as <see cref="ProviderId"/> (adapter, strategy
    /// and the seven mappers). The app must register an <see cref="IQuickBooksTokenStore"/> and call Core's
    /// <c>AddSyncCore</c>.
    /// </summary>
    public static IServiceCollection AddQuickBooks(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<QuickBooksOptions>().Bind(configuration.GetSection(QuickBooksOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<QuickBooksOptions>, QuickBooksOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // The clients are singletons (the token gates and rate windows must be shared), so their handlers recycle
        // pooled connections themselves instead of relying on the factory's handler rotation.
        services.AddHttpClient(OAuthHttpClient).ConfigurePrimaryHttpMessageHandler(NewHandler);
        services.AddHttpClient(ApiHttpClient, c => c.Timeout = Timeout.InfiniteTimeSpan).ConfigurePrimaryHttpMessageHandler(NewHandler);
        services.TryAddSingleton(sp => new QuickBooksOAuthClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(OAuthHttpClient),
            sp.GetRequiredService<IOptions<QuickBooksOptions>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<QuickBooksTokenProvider>();
        services.TryAddSingleton<QuickBooksRateGate>();
        services.TryAddSingleton(sp => new QuickBooksApiUsage(sp.GetRequiredService<QuickBooksRateGate>()));
        services.TryAddSingleton(sp => ActivatorUtilities.CreateInstance<QuickBooksApiClient>(
            sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(ApiHttpClient)));
        services.TryAddSingleton<QuickBooksWebhookVerifier>();
        services.TryAddSingleton<QuickBooksWebhookReceiver>();
        services.AddSyncProvider<QuickBooksIntegrationAdapter, QuickBooksSyncStrategy>(ProviderId, provider => provider
            .AddMapper<QboAccountMapper>()
            .AddMapper<QboItemMapper>()
            .AddMapper<QboCustomerMapper>()
            .AddMapper<QboVendorMapper>()
            .AddMapper<QboInvoiceMapper>()
            .AddMapper<QboBillMapper>()
            .AddMapper<QboPaymentMapper>());
        return services;
    }

    private static SocketsHttpHandler NewHandler() => new() { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
}
