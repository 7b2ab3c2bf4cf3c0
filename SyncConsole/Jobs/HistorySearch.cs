namespace SyncConsole.Jobs;

/// <summary>
/// What the history search narrows to: a fragment of the job (of its title as the page shows it; an admin's search,
/// which covers every tenant in one query, matches the Quartz job key, group or name), and failures only.
/// </summary>
public sealed record HistorySearch(string? JobContains = null, bool FailedOnly = false);
