using System.Collections.Concurrent;

namespace SyncConsole.Security.Embedding;

/// <summary>
/// Remembers redeemed embed token ids until they expire, so each token is exchanged once. In memory: on several
/// nodes a token could be redeemed once per node within its (short) lifetime; see docs/embedding.md.
/// </summary>
internal sealed class EmbedTokenReplayGuard(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> redeemed = new(StringComparer.Ordinal);

    /// <summary>True the first time a token id is seen; false for a replay.</summary>
    public bool TryRedeem(string tokenId, DateTimeOffset expiresAt)
    {
        var now = time.GetUtcNow();
        foreach (var (id, expiry) in redeemed)
        {
            if (expiry < now)
            {
                redeemed.TryRemove(id, out _);
            }
        }

        return redeemed.TryAdd(tokenId, expiresAt);
    }
}
