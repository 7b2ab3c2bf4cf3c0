using Microsoft.Extensions.DependencyInjection.Extensions;
using SyncConsole.Admin;
using SyncConsole.Audit;
using SyncConsole.Integrations;
using SyncConsole.Sync;

namespace SyncConsole.Dashboard;

/// <summary>The query services behind the operations console pages and their REST endpoints (conflicts, audit, admin, dashboard).</summary>
internal static class OperationsConsoleServiceCollectionExtensions
{
    public static IServiceCollection AddOperationsConsole(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<ConflictQueries>();
        services.TryAddSingleton<AuditQueries>();
        services.TryAddSingleton<AdminService>();
        services.TryAddSingleton<DefaultRuleService>();
        services.TryAddSingleton<SyncStatusQueries>();
        services.TryAddSingleton<DashboardQueries>();
        return services;
    }
}
