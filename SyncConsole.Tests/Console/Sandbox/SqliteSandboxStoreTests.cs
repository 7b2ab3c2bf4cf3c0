using SyncConsole.Data;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Sandbox;

[Trait("Category", TestCategories.Integration)]
public sealed class SqliteSandboxStoreTests() : SandboxStoreSuite(DatabaseProvider.Sqlite);
