using Microsoft.EntityFrameworkCore;

namespace SyncConsole.Data;

/// <summary>
/// Applies the provider's versioned migrations before anything else starts (it runs in StartingAsync, ahead of the
/// scheduler and the server). EF Core takes a migration lock, so several nodes starting together are safe.
/// </summary>
internal sealed partial class DatabaseInitializer(
    IDbContextFactory<SyncConsoleDbContext> contexts, SyncConsoleDatabase database, ILogger<DatabaseInitializer> logger)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets the scheduler's store and the app write the same file without blocking readers.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        LogMigrated(logger, database.Provider, pending.Count);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ({Provider}) is up to date; applied {Count} migration(s)")]
    private static partial void LogMigrated(ILogger logger, DatabaseProvider provider, int count);
}
