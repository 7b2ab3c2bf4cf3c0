using SyncConsole.Data;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Records;

[Trait("Category", TestCategories.Integration)]
public sealed class SqliteRecordFeedTests() : RecordFeedSuite(DatabaseProvider.Sqlite);
