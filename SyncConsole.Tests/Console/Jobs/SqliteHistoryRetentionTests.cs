using SyncConsole.Data;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Jobs;

[Trait("Category", TestCategories.Integration)]
public sealed class SqliteHistoryRetentionTests() : HistoryRetentionSuite(DatabaseProvider.Sqlite);
