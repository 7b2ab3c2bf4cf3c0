namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>A committed write, published as a webhook event.</summary>
internal sealed record SandboxChange(string RealmId, SandboxEntity Entity, string Id, SandboxOperation Operation, DateTimeOffset At);
