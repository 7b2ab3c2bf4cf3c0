using SyncConsole.Data;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Data;

[Trait("Category", TestCategories.Postgres)]
public sealed class PostgresPersistenceTests() : PersistenceSuite(DatabaseProvider.Postgres);
