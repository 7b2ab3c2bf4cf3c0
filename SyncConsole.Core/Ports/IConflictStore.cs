using SyncConsole.Core.Conflicts;

namespace SyncConsole.Core.Ports;

/// <summary>Stores conflicts and review items.</summary>
public interface IConflictStore
{
    /// <summary>The conflict of a record that is open, or resolved but not yet applied; null when none.</summary>
    Task<ConflictRecord?> FindActiveAsync(string connectionId, string stateId, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces a conflict by <see cref="ConflictRecord.Id"/>.</summary>
    Task SaveAsync(ConflictRecord conflict, CancellationToken cancellationToken);
}
