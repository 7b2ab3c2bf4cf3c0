namespace SyncConsole.Jobs;

/// <summary>The Quartz job engine. Section <c>Scheduler</c>.</summary>
public sealed class SchedulerOptions
{
    public const string SectionName = "Scheduler";

    /// <summary>Scheduler name; nodes sharing a database and this name form one cluster. Default <c>syncconsole</c>.</summary>
    public string InstanceName { get; set; } = "syncconsole";

    /// <summary>Worker threads per node (1–64). Default 4.</summary>
    public int ThreadCount { get; set; } = 4;

    /// <summary>How often housekeeping runs. Default 00:15:00; at least one second.</summary>
    public TimeSpan HousekeepingInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long housekeeping keeps its own run history. Default 7.00:00:00.</summary>
    public TimeSpan HousekeepingRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>PostgreSQL only: how often a node checks in with the cluster. Default 00:00:15; 1 s to 5 min.</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How often each connection runs a reconcile job (a field-level diff of every record against the provider, to
    /// catch missed webhooks and drift). Default 1.00:00:00; 00:00:00 turns it off; otherwise at least one minute.
    /// </summary>
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromDays(1);
}
