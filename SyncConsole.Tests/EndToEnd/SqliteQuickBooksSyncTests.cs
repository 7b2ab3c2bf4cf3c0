using SyncConsole.Data;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.EndToEnd;

[Trait("Category", TestCategories.Integration)]
public sealed class SqliteQuickBooksSyncTests() : QuickBooksSyncSuite(DatabaseProvider.Sqlite);
