using SyncConsole.Core.Schema;
using SyncConsole.QuickBooks;
using SyncConsole.QuickBooks.Auth;

namespace SyncConsole.Integrations;

/// <summary>QuickBooks Online behind the app's OAuth port.</summary>
internal sealed class QuickBooksOAuthIntegration(QuickBooksOAuthClient oauth, IQuickBooksTokenStore tokens) : IOAuthIntegration
{
    public string Id => QuickBooksServiceCollectionExtensions.ProviderId;

    public string Name => "QuickBooks Online";

    public string Description => "Intuit QuickBooks Online: vendors, customers, accounts, items, bills, invoices and payments.";

    public IReadOnlyList<EntityType> EntityTypes => Core.Schema.EntityTypes.All;

    public Uri BuildAuthorizationUrl(string state, Uri redirectUri) => oauth.BuildAuthorizationUrl(state, redirectUri);

    public async Task<string> CompleteAsync(string connectionId, string code, Uri redirectUri, string externalAccountId, CancellationToken cancellationToken)
    {
        var tokenSet = await oauth.ExchangeCodeAsync(code, redirectUri, externalAccountId, cancellationToken);
        await tokens.SaveAsync(connectionId, tokenSet, cancellationToken);
        return tokenSet.RealmId;
    }

    public async Task RevokeAsync(string connectionId, CancellationToken cancellationToken)
    {
        if (await tokens.GetAsync(connectionId, cancellationToken) is { } current)
        {
            // Revoking the refresh token ends the whole grant, access token included.
            await oauth.RevokeAsync(current.RefreshToken, cancellationToken);
        }
    }

    public async Task<TokenHealth?> GetTokenHealthAsync(string connectionId, CancellationToken cancellationToken) =>
        await tokens.GetAsync(connectionId, cancellationToken) is { } current
            ? new TokenHealth(current.AccessTokenExpiresAt, current.RefreshTokenExpiresAt)
            : null;
}
