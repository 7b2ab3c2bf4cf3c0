using SyncConsole.Core.Ports;
using SyncConsole.Records;
using SyncConsole.SyncJobs;

namespace SyncConsole.Sync;

/// <summary>
/// A sync page's commits turned into rows before their commit (<see cref="DatabaseSyncStateStore.PrepareBatch"/>): the
/// records serialized, the states and results as rows, by index of commit. What depends on the database (versions,
/// sequence numbers, whether a state row exists) is left to the commit.
/// </summary>
internal sealed class PreparedPage(
    IReadOnlyList<SyncCommit> commits, IReadOnlyList<RecordWrite?> writes, IReadOnlyList<SyncStateRow> states,
    IReadOnlyList<IReadOnlyList<SyncJobResultRow>> results) : PreparedCommits(commits)
{
    /// <summary>Each commit's record write (its body serialized), or null.</summary>
    public IReadOnlyList<RecordWrite?> Writes { get; } = writes;

    /// <summary>Each commit's state, as a new row (written whole).</summary>
    public IReadOnlyList<SyncStateRow> States { get; } = states;

    /// <summary>Each commit's per-record result rows.</summary>
    public IReadOnlyList<IReadOnlyList<SyncJobResultRow>> Results { get; } = results;
}
