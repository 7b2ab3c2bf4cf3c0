namespace SyncConsole.Jobs;

/// <summary>A firing that is running now, on any node of the cluster.</summary>
public sealed record RunningJobView(string JobGroup, string JobName, string TriggerName, string Node, DateTimeOffset FiredAt, int? Progress);
