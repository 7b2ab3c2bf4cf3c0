namespace SyncConsole.Data;

/// <summary>Where SyncConsole keeps its state. Section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Name of the connection string in <c>ConnectionStrings</c>.</summary>
    public const string ConnectionStringName = "SyncConsole";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Folder for the SQLite file when <c>ConnectionStrings:SyncConsole</c> is empty; relative paths are under the
    /// content root. Default <c>data</c>; created on first run.
    /// </summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// <c>ConnectionStrings:SyncConsole</c>. Required for Postgres; for SQLite the default is
    /// <c>Data Source={DataDirectory}/syncconsole.db</c>.
    /// </summary>
    public string? ConnectionString { get; set; }
}
