using Quartz;
using SyncConsole.Integrations;
using SyncConsole.Jobs;
using SyncConsole.SyncJobs;

namespace SyncConsole.Hosting;

/// <summary>The services behind the operations console pages (integrations, rules, sync jobs, background jobs).</summary>
internal static class OperationsConsoleExtensions
{
    public static void AddOperationsConsole(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RuleSettingsService>();
        builder.Services.AddSingleton<SyncJobQueries>();
        builder.Services.AddSingleton<ConnectionHealthService>();
        builder.Services.AddSingleton<FailedRunRetry>();

        // What the scheduler ran and what failed, for the Background jobs page (kept in the database: see
        // SchedulerHostingExtensions, so every node of a cluster reads one history).
        builder.Services.AddQuartzExecutionHistory(options => options.Retention = TimeSpan.FromDays(7));
    }
}
