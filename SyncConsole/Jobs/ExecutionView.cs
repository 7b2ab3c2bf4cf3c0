namespace SyncConsole.Jobs;

/// <summary>One finished run of a scheduled job, from Quartz's execution history.</summary>
public sealed record ExecutionView(
    string JobGroup,
    string JobName,
    string TriggerGroup,
    string TriggerName,
    string Node,
    DateTimeOffset FiredAt,
    TimeSpan Duration,
    string Result,
    string? Exception,
    bool Manual);
