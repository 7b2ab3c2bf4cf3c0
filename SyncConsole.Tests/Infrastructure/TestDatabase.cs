using SyncConsole.Data;

namespace SyncConsole.Tests.Infrastructure;

/// <summary>A fresh, empty database of one provider: a temp-folder SQLite file or a new PostgreSQL database.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string? sqliteFolder;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFolder)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.sqliteFolder = sqliteFolder;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var folder = Directory.CreateTempSubdirectory("syncconsole-test-").FullName;
                return new TestDatabase(provider, $"Data Source={Path.Combine(folder, "syncconsole.db")};Default Timeout=30", folder);
            case DatabaseProvider.Postgres:
                return new TestDatabase(provider, await PostgresServer.CreateDatabaseAsync("syncconsole_test"), null);
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }
    }

    public void Dispose()
    {
        if (sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(sqliteFolder, recursive: true);
            }
            catch (IOException)
            {
                // A scheduler thread can still hold the file for a moment; the OS temp folder is cleaned anyway.
            }
        }
    }
}
