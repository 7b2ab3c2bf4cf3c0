namespace SyncConsole.QuickBooks.Sandbox.Endpoints;

/// <summary>What a new company starts with.</summary>
internal enum SandboxSeed
{
    Empty,
    Demo,
}
