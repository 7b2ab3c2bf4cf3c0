namespace SyncConsole.Records;

/// <summary>What a write did to a record (change feed <c>operation</c>).</summary>
public enum RecordOperation
{
    Created,
    Updated,
    Deleted,
}
