namespace SyncConsole.QuickBooks.Auth;

/// <summary>
/// Persistence of each connection's tokens (implemented by the app, encrypted at rest). Refreshes of one connection
/// are serialised by <see cref="QuickBooksTokenProvider"/> in this process; across nodes the app's job scheduling keeps
/// one runner per connection.
/// </summary>
public interface IQuickBooksTokenStore
{
    /// <summary>The stored tokens of a connection, or <see langword="null"/> when it has none (never connected or disconnected).</summary>
    Task<QuickBooksTokenSet?> GetAsync(string connectionId, CancellationToken cancellationToken);

    /// <summary>Stores new tokens for a connection, replacing the old ones in one write.</summary>
    Task SaveAsync(string connectionId, QuickBooksTokenSet tokens, CancellationToken cancellationToken);
}
