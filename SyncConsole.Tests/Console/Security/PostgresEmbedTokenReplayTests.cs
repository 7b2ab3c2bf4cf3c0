using SyncConsole.Data;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Security;

[Trait("Category", TestCategories.Postgres)]
public sealed class PostgresEmbedTokenReplayTests() : EmbedTokenReplaySuite(DatabaseProvider.Postgres);
