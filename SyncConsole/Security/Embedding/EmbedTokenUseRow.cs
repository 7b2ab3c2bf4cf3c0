namespace SyncConsole.Security.Embedding;

/// <summary>
/// An embed token that has been redeemed, by its id (<c>jti</c>). Redeeming inserts the row; the primary key makes a
/// second insert of the same id fail on every node sharing the database, which is what makes a token single-use
/// across the cluster. Kept until the token expires (it could not be redeemed after that anyway), then housekeeping
/// deletes it. A system table: token ids are random and unique across tenants.
/// </summary>
public sealed class EmbedTokenUseRow
{
    public required string TokenId { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }
}
