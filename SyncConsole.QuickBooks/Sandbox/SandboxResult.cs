namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>An HTTP answer of the emulated API: status and JSON body.</summary>
internal sealed record SandboxResult(int Status, string Body);
