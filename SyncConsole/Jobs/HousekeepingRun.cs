namespace SyncConsole.Jobs;

/// <summary>One run of the housekeeping job: system-wide, not tenant-owned.</summary>
public sealed class HousekeepingRun
{
    public long Id { get; init; }

    public required DateTimeOffset RanAt { get; init; }

    /// <summary>The Quartz scheduler instance that ran it (distinct per node when clustered).</summary>
    public required string SchedulerInstanceId { get; init; }

    /// <summary>How many old rows this run removed.</summary>
    public int PrunedRows { get; init; }
}
