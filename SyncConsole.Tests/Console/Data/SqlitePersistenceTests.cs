using SyncConsole.Data;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Data;

[Trait("Category", TestCategories.Integration)]
public sealed class SqlitePersistenceTests() : PersistenceSuite(DatabaseProvider.Sqlite);
