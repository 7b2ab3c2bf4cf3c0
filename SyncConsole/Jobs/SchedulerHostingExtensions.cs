using Quartz;
using SyncConsole.Data;
using SyncConsole.Hosting;

namespace SyncConsole.Jobs;

internal static class SchedulerHostingExtensions
{
    /// <summary>
    /// Quartz with its persistent store in SyncConsole's own database (schema created from the scripts Quartz
    /// ships), clustered on PostgreSQL so that several nodes share the work and each job runs once.
    /// </summary>
    public static void AddSyncScheduler(this IHostApplicationBuilder builder, SyncConsoleDatabase database)
    {
        var options = builder.AddValidatedOptions<SchedulerOptions, SchedulerOptionsValidator>(SchedulerOptions.SectionName);
        builder.AddValidatedOptions<RetentionOptions, RetentionOptionsValidator>(RetentionOptions.SectionName);
        builder.Services.AddSingleton<HistoryRetention>();
        builder.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = options.InstanceName);
            q.UseDefaultThreadPool(options.ThreadCount);
            q.UsePersistentStore(store =>
            {
                switch (database.Provider)
                {
                    case DatabaseProvider.Sqlite:
                        store.UseSqlite(database.ConnectionString);
                        break;
                    case DatabaseProvider.Postgres:
                        store.UsePostgres(database.ConnectionString);
                        store.UseClustering(c => c.CheckinInterval = options.ClusterCheckinInterval);
                        break;
                    default:
                        throw new InvalidOperationException($"Unknown database provider {database.Provider}.");
                }

                store.ProvisionSchema();
                store.UseExecutionHistory();
                store.UseSystemTextJsonSerializer(_ => { });
            });
            q.ScheduleJob<HousekeepingJob>(
                trigger => trigger
                    .WithIdentity("housekeeping-every-interval", "system")
                    .StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(options.HousekeepingInterval).RepeatForever()),
                job => job
                    .WithIdentity(HousekeepingJob.Key)
                    .WithDescription("Records scheduler liveness and prunes old history"));
        });
        builder.AddQuartzHostedService(o =>
        {
            o.WaitForJobsToComplete = true;
            o.AwaitApplicationStarted = true;
        });
        builder.Services.AddSingleton<JobOwners>();
        builder.Services.AddSingleton<ScheduledJobsService>();
        builder.Services.AddHealthChecks().AddCheck<SchedulerHealthCheck>("scheduler", tags: ["ready"]);
    }
}
