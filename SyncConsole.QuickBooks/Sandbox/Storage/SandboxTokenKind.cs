namespace SyncConsole.QuickBooks.Sandbox.Storage;

/// <summary>What a stored OAuth credential is.</summary>
public enum SandboxTokenKind
{
    /// <summary>A one-time authorization code from the consent page.</summary>
    AuthorizationCode,

    /// <summary>A bearer token for the accounting API.</summary>
    AccessToken,

    /// <summary>A refresh token; rotated on every refresh.</summary>
    RefreshToken,
}
