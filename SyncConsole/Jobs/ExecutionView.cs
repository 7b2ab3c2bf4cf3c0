namespace SyncConsole.Jobs;

/// <summary>
/// One finished run of a scheduled job, from Quartz's execution history; <see cref="EntryId"/> names it there (what a
/// retry names), <see cref="Owner"/> is null for a run of a system job.
/// </summary>
public sealed record ExecutionView(
    string? EntryId,
    string JobGroup,
    string JobName,
    string TriggerGroup,
    string TriggerName,
    string Title,
    JobOwner? Owner,
    string Node,
    DateTimeOffset FiredAt,
    TimeSpan Duration,
    string Result,
    string? Exception,
    bool Manual);
