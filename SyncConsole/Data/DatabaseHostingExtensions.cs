using Microsoft.EntityFrameworkCore;
using SyncConsole.Hosting;

namespace SyncConsole.Data;

internal static class DatabaseHostingExtensions
{
    /// <summary>
    /// Registers the provider chosen by <c>Database:Provider</c> behind the provider-neutral
    /// <see cref="IDbContextFactory{SyncConsoleDbContext}"/> (one context per operation) and a scoped context.
    /// </summary>
    public static SyncConsoleDatabase AddSyncConsoleDatabase(this IHostApplicationBuilder builder)
    {
        var options = builder.AddValidatedOptions<DatabaseOptions, DatabaseOptionsValidator>(
            DatabaseOptions.SectionName,
            static (o, configuration) =>
                o.ConnectionString ??= configuration.GetConnectionString(DatabaseOptions.ConnectionStringName));
        var database = SyncConsoleDatabase.Resolve(options, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(database);

        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.Services.AddDbContextFactory<SqliteSyncConsoleDbContext>(o => o.UseSqlite(database.ConnectionString));
                builder.Services.AddSingleton<IDbContextFactory<SyncConsoleDbContext>,
                    NeutralDbContextFactory<SqliteSyncConsoleDbContext>>();
                break;
            case DatabaseProvider.Postgres:
                builder.Services.AddDbContextFactory<PostgresSyncConsoleDbContext>(o => o.UseNpgsql(database.ConnectionString));
                builder.Services.AddSingleton<IDbContextFactory<SyncConsoleDbContext>,
                    NeutralDbContextFactory<PostgresSyncConsoleDbContext>>();
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {database.Provider}.");
        }

        builder.Services.AddScoped<SyncConsoleDbContext>(
            sp => sp.GetRequiredService<IDbContextFactory<SyncConsoleDbContext>>().CreateDbContext());
        builder.Services.AddHostedService<DatabaseInitializer>();
        builder.Services.AddHealthChecks().AddDbContextCheck<SyncConsoleDbContext>("database", tags: ["ready"]);
        return database;
    }

    private sealed class NeutralDbContextFactory<TContext>(IDbContextFactory<TContext> inner)
        : IDbContextFactory<SyncConsoleDbContext>
        where TContext : SyncConsoleDbContext
    {
        public SyncConsoleDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
