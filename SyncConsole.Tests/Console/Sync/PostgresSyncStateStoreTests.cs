using SyncConsole.Data;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Sync;

[Trait("Category", TestCategories.Postgres)]
public sealed class PostgresSyncStateStoreTests() : SyncStateStoreSuite(DatabaseProvider.Postgres);
