using Npgsql;

namespace SyncConsole.Tests.Infrastructure;

/// <summary>
/// The throw-away PostgreSQL server that <c>.ci/run</c> (or <c>.ci/postgres start</c>) starts on loopback. Each
/// caller gets a fresh database on it, so test classes never see each other's data.
/// </summary>
internal static class PostgresServer
{
    public const string EnvironmentVariable = "SYNCCONSOLE_TEST_POSTGRES";

    public static async Task<string> CreateDatabaseAsync(string prefix)
    {
        var admin = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            throw new InvalidOperationException(
                $"PostgreSQL tests need {EnvironmentVariable} (an admin connection string). Run `bash .ci/run`, or " +
                "`eval \"$(bash .ci/postgres start)\"` once and then `dotnet test`.");
        }

        var name = $"{prefix}_{Guid.NewGuid():N}"[..40].ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }
}
