namespace SyncConsole.Core.Ports;

/// <summary>
/// A page's commits with whatever a store worked out for them ahead of their commit (<see cref="ISyncStateStore.PrepareBatch"/>).
/// A store that prepares derives from it; the base carries the commits alone.
/// </summary>
/// <param name="commits">The commits, in the order their indexes (and refusals) refer to.</param>
public class PreparedCommits(IReadOnlyList<SyncCommit> commits)
{
    /// <summary>The commits, in the order their indexes (and refusals) refer to.</summary>
    public IReadOnlyList<SyncCommit> Commits { get; } = commits;
}
