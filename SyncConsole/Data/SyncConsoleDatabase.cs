namespace SyncConsole.Data;

/// <summary>
/// The database chosen at start-up, with its connection string resolved (shared by EF and Quartz), and the data
/// folder for files that live beside it (the SQLite file, a generated key ring).
/// </summary>
public sealed record SyncConsoleDatabase(DatabaseProvider Provider, string ConnectionString, string DataDirectory)
{
    internal static SyncConsoleDatabase Resolve(DatabaseOptions options, string contentRootPath)
    {
        var folder = Path.GetFullPath(Path.Combine(contentRootPath, options.DataDirectory));
        Directory.CreateDirectory(folder);
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new SyncConsoleDatabase(options.Provider, options.ConnectionString, folder);
        }

        // Only SQLite gets here (validation requires a connection string for Postgres): a file under the data folder.
        var file = Path.Combine(folder, "syncconsole.db");
        return new SyncConsoleDatabase(options.Provider, $"Data Source={file};Default Timeout=30", folder);
    }
}
