using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Ports;

namespace SyncConsole.Tests.Core.Fakes;

/// <summary>Conflicts in memory.</summary>
internal sealed class InMemoryConflictStore : IConflictStore
{
    private readonly Dictionary<string, ConflictRecord> _conflicts = new(StringComparer.Ordinal);

    public IReadOnlyCollection<ConflictRecord> All => _conflicts.Values;

    public IEnumerable<ConflictRecord> Open => _conflicts.Values.Where(c => c.Status == ConflictStatus.Open);

    public Task<ConflictRecord?> FindActiveAsync(string connectionId, string stateId, CancellationToken cancellationToken) =>
        Task.FromResult(_conflicts.Values.FirstOrDefault(c => c.ConnectionId == connectionId && c.StateId == stateId
            && (c.Status == ConflictStatus.Open || !c.Applied)));

    public Task SaveAsync(ConflictRecord conflict, CancellationToken cancellationToken)
    {
        _conflicts[conflict.Id] = conflict;
        return Task.CompletedTask;
    }
}
