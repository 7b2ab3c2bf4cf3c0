using SyncConsole.Core.Orchestration;

namespace SyncConsole.Core.Ports;

/// <summary>Receives a job's progress and per-record results (for the job API and live updates).</summary>
public interface IJobProgressSink
{
    /// <summary>Reports progress; called after every page.</summary>
    Task ReportAsync(JobProgress progress, CancellationToken cancellationToken);

    /// <summary>Records the results of one committed page.</summary>
    Task RecordResultsAsync(string jobId, IReadOnlyList<RecordResult> results, CancellationToken cancellationToken);
}
