using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SyncConsole.Data;

/// <summary>SQLite flavour of the model; migrations under Data/Migrations/Sqlite.</summary>
public sealed class SqliteSyncConsoleDbContext(DbContextOptions<SqliteSyncConsoleDbContext> options)
    : SyncConsoleDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite cannot compare or order DateTimeOffset text; all our times are UTC, so the binary form (ticks)
        // sorts and compares correctly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
