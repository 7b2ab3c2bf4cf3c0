using SyncConsole.SyncJobs;

namespace SyncConsole.Components.Pages.Jobs;

/// <summary>A page of a job's per-record results, narrowed by action and entity type (null: any).</summary>
public sealed record ResultQuery(string? Action, string? EntityType, int Skip, int Take);

/// <summary>One page of per-record results and how many match in all.</summary>
public sealed record ResultPage(IReadOnlyList<SyncJobResultRow> Rows, long Total);
