namespace SyncConsole.Sandbox;

/// <summary>The stored response to a <c>requestid</c>, replayed for a repeat.</summary>
public sealed class SandboxReplayRow
{
    public required string RealmId { get; init; }

    public required string RequestId { get; init; }

    public int StatusCode { get; init; }

    public required string Body { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
