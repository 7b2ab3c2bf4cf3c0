namespace SyncConsole.Jobs;

/// <summary>What the history search narrows to: a job name or group fragment, and failures only.</summary>
public sealed record HistorySearch(string? JobContains = null, bool FailedOnly = false);
