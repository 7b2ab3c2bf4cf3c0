namespace SyncConsole.QuickBooks.Sandbox.Query;

/// <summary>One <c>property op value</c> condition; <c>IN</c> carries several values.</summary>
internal sealed record SandboxQueryCondition(string Path, string Operator, IReadOnlyList<string> Values);
