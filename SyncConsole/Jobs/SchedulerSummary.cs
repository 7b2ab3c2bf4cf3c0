namespace SyncConsole.Jobs;

/// <summary>What the dashboard says about the job engine on this node.</summary>
public sealed record SchedulerSummary(
    string InstanceId, string JobStore, bool Persistent, bool Clustered, bool Running, int ExecutingJobs);
