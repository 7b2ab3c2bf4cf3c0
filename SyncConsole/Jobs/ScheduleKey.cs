namespace SyncConsole.Jobs;

/// <summary>What a schedule row is in Quartz.</summary>
public enum ScheduleKind
{
    /// <summary>A whole job with its triggers: a connection's sync runs, or a system job.</summary>
    Job,

    /// <summary>One trigger of a job shared by every connection: a connection's polling or reconcile schedule.</summary>
    Trigger,
}

/// <summary>The Quartz key of a schedule row, which every action on it names.</summary>
public sealed record ScheduleKey(ScheduleKind Kind, string Group, string Name);
