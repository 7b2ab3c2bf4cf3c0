using Npgsql;

namespace SyncConsole.Benchmarks;

/// <summary>A new, empty PostgreSQL database per run on the given server; the app creates its schema at start-up.</summary>
internal static class BenchmarkDatabase
{
    public static async Task<string> CreateAsync(string serverConnectionString, CancellationToken cancellationToken)
    {
        var name = $"syncconsole_bench_{Guid.NewGuid():N}";
        await using (var server = new NpgsqlConnection(serverConnectionString))
        {
            await server.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", server);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        return new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }
}
