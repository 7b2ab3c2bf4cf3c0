using SyncConsole.Data;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Endpoints;

[Trait("Category", TestCategories.Integration)]
public sealed class SqliteDefaultRulesEndpointsTests() : DefaultRulesEndpointsSuite(DatabaseProvider.Sqlite);
