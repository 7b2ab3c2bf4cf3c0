namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>An OAuth error answer: <c>{"error": ..., "error_description": ...}</c> with its HTTP status.</summary>
internal sealed class SandboxOAuthError(int status, string error, string description) : Exception(description)
{
    public int Status { get; } = status;

    public string Error { get; } = error;

    public static SandboxOAuthError InvalidGrant(string description) => new(400, "invalid_grant", description);

    public static SandboxOAuthError InvalidClient() => new(401, "invalid_client", "Client authentication failed.");

    public static SandboxOAuthError InvalidRequest(string description) => new(400, "invalid_request", description);
}
