using Microsoft.EntityFrameworkCore;

namespace SyncConsole.Data;

/// <summary>PostgreSQL flavour of the model; migrations under Data/Migrations/Postgres.</summary>
public sealed class PostgresSyncConsoleDbContext(DbContextOptions<PostgresSyncConsoleDbContext> options)
    : SyncConsoleDbContext(options);
