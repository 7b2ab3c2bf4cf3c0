namespace SyncConsole.Jobs;

/// <summary>A schedule as the Background jobs page shows it; <see cref="Owner"/> is null for a system job.</summary>
public sealed record ScheduledJobView(
    ScheduleKey Key,
    string Title,
    string? Description,
    DateTimeOffset? NextFireTime,
    DateTimeOffset? PreviousFireTime,
    bool Paused,
    JobOwner? Owner);
