namespace SyncConsole.QuickBooks.Sandbox.Storage;

/// <summary>Thrown by <see cref="ISandboxStore.CommitAsync"/> when the realm changed since it was read.</summary>
public sealed class SandboxConcurrencyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SandboxConcurrencyException()
        : base("The sandbox realm was changed by another writer.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SandboxConcurrencyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public SandboxConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
