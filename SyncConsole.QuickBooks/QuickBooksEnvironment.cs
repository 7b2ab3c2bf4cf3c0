namespace SyncConsole.QuickBooks;

/// <summary>Which QuickBooks the integration talks to.</summary>
public enum QuickBooksEnvironment
{
    /// <summary>Real companies at quickbooks.api.intuit.com (production keys).</summary>
    Production,

    /// <summary>Intuit sandbox companies at sandbox-quickbooks.api.intuit.com (development keys).</summary>
    Sandbox,

    /// <summary>The built-in emulator mounted by this app under <c>/sandbox/quickbooks</c> (demo mode, tests).</summary>
    Emulator,
}
