using SyncConsole.Data;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Security;

[Trait("Category", TestCategories.Integration)]
public sealed class SqliteEmbedTokenReplayTests() : EmbedTokenReplaySuite(DatabaseProvider.Sqlite);
