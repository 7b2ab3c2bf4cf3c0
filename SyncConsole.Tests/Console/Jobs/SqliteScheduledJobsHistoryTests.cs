using SyncConsole.Data;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Jobs;

[Trait("Category", TestCategories.Integration)]
public sealed class SqliteScheduledJobsHistoryTests() : ScheduledJobsHistorySuite(DatabaseProvider.Sqlite);
