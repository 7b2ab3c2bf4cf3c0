using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Ports;

namespace SyncConsole.Tests.Core.Fakes;

/// <summary>Keeps every progress report and record result.</summary>
internal sealed class RecordingProgressSink : IJobProgressSink
{
    public List<JobProgress> Reports { get; } = [];

    public List<RecordResult> Results { get; } = [];

    public Task ReportAsync(JobProgress progress, CancellationToken cancellationToken)
    {
        Reports.Add(progress);
        return Task.CompletedTask;
    }

    public Task RecordResultsAsync(string jobId, IReadOnlyList<RecordResult> results, CancellationToken cancellationToken)
    {
        Results.AddRange(results);
        return Task.CompletedTask;
    }
}
