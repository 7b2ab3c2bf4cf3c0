using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace SyncConsole.QuickBooks.Auth;

/// <summary>
/// Hands out a valid access token per connection and refreshes it behind a per-connection gate, so concurrent callers
/// never race a rotation: inside the gate the persisted tokens are read again and a refresh someone else already did
/// is reused.
/// </summary>
public sealed class QuickBooksTokenProvider(
    IQuickBooksTokenStore store, QuickBooksOAuthClient oauth, IOptions<QuickBooksOptions> options, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    /// <summary>The current tokens, refreshed first when the access token is about to expire.</summary>
    /// <exception cref="QuickBooksReauthorizationRequiredException">No tokens are stored or the grant is gone.</exception>
    public async Task<QuickBooksTokenSet> GetAsync(string connectionId, CancellationToken cancellationToken)
    {
        var tokens = await store.GetAsync(connectionId, cancellationToken)
            ?? throw new QuickBooksReauthorizationRequiredException($"Connection {connectionId} has no QuickBooks tokens.");
        return IsFresh(tokens) ? tokens : await RefreshAsync(connectionId, tokens.AccessToken, cancellationToken);
    }

    /// <summary>
    /// Refreshes after QuickBooks rejected <paramref name="rejectedAccessToken"/> (401), unless another caller already
    /// replaced it.
    /// </summary>
    public async Task<QuickBooksTokenSet> RefreshAsync(string connectionId, string rejectedAccessToken, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(connectionId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var current = await store.GetAsync(connectionId, cancellationToken)
                ?? throw new QuickBooksReauthorizationRequiredException($"Connection {connectionId} has no QuickBooks tokens.");
            if (current.AccessToken != rejectedAccessToken && IsFresh(current))
            {
                return current;
            }

            var refreshed = await oauth.RefreshAsync(current, cancellationToken);
            await store.SaveAsync(connectionId, refreshed, cancellationToken);
            return refreshed;
        }
        finally
        {
            gate.Release();
        }
    }

    private bool IsFresh(QuickBooksTokenSet tokens) =>
        tokens.AccessTokenExpiresAt - options.Value.TokenRefreshMargin > timeProvider.GetUtcNow();
}
