namespace SyncConsole.Core.Ports;

/// <summary>Whether a connection can call its provider.</summary>
public enum AuthenticationStatus
{
    /// <summary>Credentials are valid (refreshed if they had to be).</summary>
    Authenticated = 1,

    /// <summary>The user must reconnect (refresh token expired or revoked).</summary>
    NeedsReauthentication,
}
