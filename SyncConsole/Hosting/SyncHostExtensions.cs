using SyncConsole.Core;
using SyncConsole.Core.Ports;
using SyncConsole.Dashboard;
using SyncConsole.Data;
using SyncConsole.Integrations;
using SyncConsole.QuickBooks;
using SyncConsole.QuickBooks.Auth;
using SyncConsole.Records;
using SyncConsole.Sync;
using SyncConsole.SyncJobs;
using SyncConsole.Tenancy;
using SyncConsole.Webhooks;

namespace SyncConsole.Hosting;

/// <summary>Core's ports on SyncConsole's database, the job runner, and the integrations that are configured.</summary>
internal static class SyncHostExtensions
{
    public static void AddSyncHost(this IHostApplicationBuilder builder, SyncConsoleDatabase database)
    {
        var services = builder.Services;
        if (database.Provider == DatabaseProvider.Postgres)
        {
            // Several nodes share a PostgreSQL database: live job updates travel between them.
            services.AddSingleton<PostgresJobUpdateTransport>();
            services.AddSingleton<IJobUpdateTransport>(sp => sp.GetRequiredService<PostgresJobUpdateTransport>());
            services.AddHostedService(sp => sp.GetRequiredService<PostgresJobUpdateTransport>());
        }

        services.AddSyncCore();
        services.AddScoped<TenantScope>();
        services.AddScoped<JobCancellation>();
        services.AddScoped<IInternalRecordStore, DatabaseRecordStore>();
        services.AddScoped<ISyncStateStore, DatabaseSyncStateStore>();
        services.AddScoped<IConflictStore, DatabaseConflictStore>();
        services.AddScoped<IJobProgressSink, DatabaseJobProgressSink>();
        services.AddSingleton<SyncJobBroadcaster>();
        services.AddSingleton<SyncJobService>();
        services.AddSingleton<PollingSchedules>();
        services.AddSingleton<SyncRuleService>();
        services.AddSingleton<IntegrationCatalog>();
        services.AddSingleton<ConnectionService>();
        services.AddSingleton<PushTrigger>();
        services.AddSingleton<RecordCommands>();
        services.AddSingleton<ConflictResolver>();
        services.AddSingleton<WebhookEventApplier>();
        services.AddOperationsConsole();

        // An integration joins only when it is configured; otherwise the catalog lists it as not configured.
        if (!string.IsNullOrWhiteSpace(builder.Configuration[$"{QuickBooksOptions.SectionName}:{nameof(QuickBooksOptions.ClientId)}"]))
        {
            services.AddSingleton<IQuickBooksTokenStore, ConnectionTokenStore>();
            services.AddSingleton<IOAuthIntegration, QuickBooksOAuthIntegration>();
            services.AddQuickBooks(builder.Configuration);
        }
    }
}
