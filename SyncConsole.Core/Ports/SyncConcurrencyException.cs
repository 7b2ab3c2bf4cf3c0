namespace SyncConsole.Core.Ports;

/// <summary>
/// Thrown by <see cref="ISyncStateStore.CommitAsync"/> when our record changed after the sync read it
/// (<see cref="InternalWrite.ExpectedVersion"/> no longer matches). Nothing was committed; the record is retried.
/// </summary>
public sealed class SyncConcurrencyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SyncConcurrencyException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SyncConcurrencyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public SyncConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
