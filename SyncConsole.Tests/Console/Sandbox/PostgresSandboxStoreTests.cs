using SyncConsole.Data;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Sandbox;

[Trait("Category", TestCategories.Postgres)]
public sealed class PostgresSandboxStoreTests() : SandboxStoreSuite(DatabaseProvider.Postgres);
