namespace SyncConsole.Jobs;

/// <summary>A scheduled job as the Background jobs page shows it.</summary>
public sealed record ScheduledJobView(
    string Group,
    string Name,
    string? Description,
    DateTimeOffset? NextFireTime,
    DateTimeOffset? PreviousFireTime,
    bool Paused);
