namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>A token pair the emulator handed out, with lifetimes in seconds as the token endpoint reports them.</summary>
internal sealed record SandboxIssuedTokens(string RealmId, string AccessToken, string RefreshToken, long ExpiresIn, long RefreshExpiresIn)
{
    // Tokens are secrets even in the emulator: keep them out of logs and test output.
    public override string ToString() => $"SandboxIssuedTokens {{ RealmId = {RealmId}, ExpiresIn = {ExpiresIn} }}";
}
