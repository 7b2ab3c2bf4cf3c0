using SyncConsole.Core.Schema;

namespace SyncConsole.Integrations;

/// <summary>
/// An integration that connects over OAuth 2.0 authorization code. The app drives connect, callback and disconnect
/// through this port; a second provider adds one implementation and a Core sync provider, nothing else.
/// </summary>
public interface IOAuthIntegration
{
    string Id { get; }

    string Name { get; }

    string Description { get; }

    IReadOnlyList<EntityType> EntityTypes { get; }

    Uri BuildAuthorizationUrl(string state, Uri redirectUri);

    /// <summary>Exchanges the code (once) and stores the credentials for the connection; returns the external account id.</summary>
    Task<string> CompleteAsync(string connectionId, string code, Uri redirectUri, string externalAccountId, CancellationToken cancellationToken);

    /// <summary>Revokes the connection's tokens at the provider (best effort: a dead token is already revoked).</summary>
    Task RevokeAsync(string connectionId, CancellationToken cancellationToken);

    /// <summary>When the connection's stored tokens expire (no secrets), or null when none are stored.</summary>
    Task<TokenHealth?> GetTokenHealthAsync(string connectionId, CancellationToken cancellationToken);
}
