using SyncConsole.Data;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Endpoints;

[Trait("Category", TestCategories.Postgres)]
public sealed class PostgresDefaultRulesEndpointsTests() : DefaultRulesEndpointsSuite(DatabaseProvider.Postgres);
