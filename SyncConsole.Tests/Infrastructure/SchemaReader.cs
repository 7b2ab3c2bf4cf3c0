using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Data;

namespace SyncConsole.Tests.Infrastructure;

/// <summary>Reads what the database really has (not what EF believes), per provider.</summary>
internal static class SchemaReader
{
    public static async Task<IReadOnlyList<string>> TablesAsync(SyncConsoleDbContext db, DatabaseProvider provider) =>
        await QueryStringsAsync(db, provider switch
        {
            DatabaseProvider.Sqlite => "SELECT name FROM sqlite_master WHERE type = 'table'",
            DatabaseProvider.Postgres => "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
        });

    public static async Task<IReadOnlyList<string>> ColumnsAsync(SyncConsoleDbContext db, DatabaseProvider provider, string table) =>
        await QueryStringsAsync(db, provider switch
        {
            DatabaseProvider.Sqlite => $"SELECT name FROM pragma_table_info('{table}')",
            DatabaseProvider.Postgres =>
                $"SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}'",
        });

    private static async Task<IReadOnlyList<string>> QueryStringsAsync(SyncConsoleDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
