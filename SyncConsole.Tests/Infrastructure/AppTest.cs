using SyncConsole.Data;

namespace SyncConsole.Tests.Infrastructure;

/// <summary>
/// A test class with its own fresh database and app (started on a loopback port when the test needs real sockets:
/// a browser, a WebSocket, the app calling its own emulator). Disposed after each test.
/// </summary>
public abstract class AppTest(
    DatabaseProvider provider = DatabaseProvider.Sqlite, bool loopback = false, IReadOnlyDictionary<string, string?>? settings = null)
    : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = default!;

    protected SyncConsoleAppFactory App { get; private set; } = default!;

    /// <summary>The app's address on 127.0.0.1 (loopback tests only).</summary>
    protected Uri BaseUri { get; private set; } = default!;

    public virtual async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(provider);
        App = new SyncConsoleAppFactory(Database, settings);
        if (loopback)
        {
            BaseUri = App.StartOnLoopback();
        }
    }

    public virtual async Task DisposeAsync()
    {
        await App.DisposeAsync();
        Database.Dispose();
    }
}
