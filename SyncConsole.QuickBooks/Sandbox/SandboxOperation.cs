namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>The webhook operation a write represents.</summary>
internal enum SandboxOperation
{
    Create,
    Update,
    Delete,
    Void,
}
