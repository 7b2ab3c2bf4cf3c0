namespace SyncConsole.QuickBooks.Sandbox.Query;

/// <summary>One <c>ORDERBY</c> term.</summary>
internal sealed record SandboxQueryOrder(string Path, bool Descending);
