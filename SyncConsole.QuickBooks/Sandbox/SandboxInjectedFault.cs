namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>What the fault injector decided for one request.</summary>
internal enum SandboxInjectedFault
{
    None,
    Throttle,
    ServerError,
    Timeout,
}
