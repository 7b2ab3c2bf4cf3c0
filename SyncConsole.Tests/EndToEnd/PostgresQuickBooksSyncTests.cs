using SyncConsole.Data;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.EndToEnd;

[Trait("Category", TestCategories.Postgres)]
public sealed class PostgresQuickBooksSyncTests() : QuickBooksSyncSuite(DatabaseProvider.Postgres);
