using System.Collections.Concurrent;
using SyncConsole.QuickBooks.Auth;

namespace SyncConsole.Tests.QuickBooks.Fakes;

/// <summary>An <see cref="IQuickBooksTokenStore"/> that counts saves, to see how many refreshes happened.</summary>
internal sealed class InMemoryTokenStore : IQuickBooksTokenStore
{
    private readonly ConcurrentDictionary<string, QuickBooksTokenSet> _tokens = new();
    private int _saves;

    public int Saves => _saves;

    public Task<QuickBooksTokenSet?> GetAsync(string connectionId, CancellationToken cancellationToken) =>
        Task.FromResult(_tokens.GetValueOrDefault(connectionId));

    public Task SaveAsync(string connectionId, QuickBooksTokenSet tokens, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _saves);
        _tokens[connectionId] = tokens;
        return Task.CompletedTask;
    }

    public void Seed(string connectionId, QuickBooksTokenSet tokens) => _tokens[connectionId] = tokens;
}
