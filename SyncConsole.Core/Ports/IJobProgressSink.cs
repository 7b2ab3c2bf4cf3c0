using SyncConsole.Core.Orchestration;

namespace SyncConsole.Core.Ports;

/// <summary>Receives a job's progress and per-record results (for the job API and live updates).</summary>
public interface IJobProgressSink
{
    /// <summary>Reports progress; called after every page.</summary>
    Task ReportAsync(JobProgress progress, CancellationToken cancellationToken);

    /// <summary>
    /// Records the per-record results of one page that came with no commit of their own (skips, conflicts, failures).
    /// The results of a commit are stored with it instead (<see cref="SyncCommit.Results"/>).
    /// </summary>
    Task RecordResultsAsync(string jobId, IReadOnlyList<RecordResult> results, CancellationToken cancellationToken);
}
