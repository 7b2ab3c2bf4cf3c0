namespace SyncConsole.Integrations;

/// <summary>Connection <c>status</c> values (shared/API.md).</summary>
public static class ConnectionStatuses
{
    public const string Connected = "connected";
    public const string NeedsReauth = "needs_reauth";
    public const string Disconnected = "disconnected";
    public const string Error = "error";
}
