namespace SyncConsole.Jobs;

/// <summary>A firing that is running now, on any node of the cluster; <see cref="Owner"/> is null for a system job.</summary>
public sealed record RunningJobView(
    string JobGroup, string JobName, string TriggerName, string Title, JobOwner? Owner, string Node, DateTimeOffset FiredAt, int? Progress);
