using Microsoft.EntityFrameworkCore;
using SyncConsole.Data;

namespace SyncConsole.Security.Embedding;

/// <summary>
/// Redeems each embed token id once across every node sharing the database: redeeming is an INSERT keyed by the id,
/// so of two concurrent redemptions (on one node or two) the database lets exactly one commit. Rows live until the
/// token expires; housekeeping deletes them after that (<see cref="Jobs.HistoryRetention"/>).
/// </summary>
internal sealed class EmbedTokenReplayGuard(IDbContextFactory<SyncConsoleDbContext> contexts)
{
    /// <summary>True the first time a token id is redeemed; false for a replay.</summary>
    public async Task<bool> TryRedeemAsync(string tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.EmbedTokenUses.Add(new EmbedTokenUseRow { TokenId = tokenId, ExpiresAt = expiresAt });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Provider-neutral: the insert failed, and if the id is now there, another redemption won the key. Any
            // other failure (the database is down) is not a replay and must not read as one.
            await using var check = await contexts.CreateDbContextAsync(cancellationToken);
            if (await check.EmbedTokenUses.AnyAsync(u => u.TokenId == tokenId, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }
}
