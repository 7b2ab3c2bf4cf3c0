namespace SyncConsole.Core.Conflicts;

/// <summary>Conflict status (wire: <c>open</c>, <c>resolved</c>).</summary>
public enum ConflictStatus
{
    /// <summary>Waiting for a person.</summary>
    Open = 1,

    /// <summary>Choices were made; the next sync of the record applies them to both sides.</summary>
    Resolved,
}
