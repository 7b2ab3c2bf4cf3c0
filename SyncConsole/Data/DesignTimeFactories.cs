using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SyncConsole.Data;

/// <summary>Used only by dotnet-ef to add migrations for SQLite (see docs/migrations.md).</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSyncConsoleDbContext>
{
    public SqliteSyncConsoleDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSyncConsoleDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Used only by dotnet-ef to add migrations for PostgreSQL (no server is contacted).</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSyncConsoleDbContext>
{
    public PostgresSyncConsoleDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSyncConsoleDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=syncconsole_design").Options);
}
