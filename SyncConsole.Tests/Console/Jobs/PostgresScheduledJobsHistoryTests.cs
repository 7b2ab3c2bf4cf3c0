using SyncConsole.Data;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Jobs;

[Trait("Category", TestCategories.Postgres)]
public sealed class PostgresScheduledJobsHistoryTests() : ScheduledJobsHistorySuite(DatabaseProvider.Postgres);
