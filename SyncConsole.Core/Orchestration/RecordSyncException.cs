namespace SyncConsole.Core.Orchestration;

/// <summary>A record could not be synced this time (unresolved reference, refused write); the record is retried next job.</summary>
internal sealed class RecordSyncException : Exception
{
    public RecordSyncException()
    {
    }

    public RecordSyncException(string message)
        : base(message)
    {
    }

    public RecordSyncException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
