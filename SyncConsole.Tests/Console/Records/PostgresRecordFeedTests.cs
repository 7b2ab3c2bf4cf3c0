using SyncConsole.Data;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Records;

[Trait("Category", TestCategories.Postgres)]
public sealed class PostgresRecordFeedTests() : RecordFeedSuite(DatabaseProvider.Postgres);
