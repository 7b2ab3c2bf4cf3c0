namespace SyncConsole.Sandbox;

/// <summary>An authorization code or token the emulator issued, by hash only.</summary>
public sealed class SandboxTokenRow
{
    public required string TokenHash { get; init; }

    public required string Kind { get; init; }

    public required string ClientId { get; init; }

    public required string RealmId { get; init; }

    /// <summary>The consent the token belongs to: revoking one token revokes the whole grant.</summary>
    public required string GrantId { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public string? RedirectUri { get; init; }
}
