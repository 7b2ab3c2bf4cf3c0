namespace SyncConsole.Data;

/// <summary>The relational database the app keeps its state in (configuration key <c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded file database: the default, so that <c>dotnet run</c> works on a fresh machine.</summary>
    Sqlite,

    /// <summary>PostgreSQL: production, clustering, several app instances on one database.</summary>
    Postgres,
}
