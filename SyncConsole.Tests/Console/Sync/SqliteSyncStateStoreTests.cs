using SyncConsole.Data;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Sync;

[Trait("Category", TestCategories.Integration)]
public sealed class SqliteSyncStateStoreTests() : SyncStateStoreSuite(DatabaseProvider.Sqlite);
