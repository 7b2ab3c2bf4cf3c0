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

    /// <summary>Retrying cannot fix it (unlike a refused write or a missing reference, which may clear up).</summary>
    public bool Permanent { get; init; }
}
