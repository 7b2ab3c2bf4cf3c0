namespace SyncConsole.Core.Rules;

/// <summary>When a noticed change is synced (wire: <c>deferred</c>, <c>immediate</c>).</summary>
public enum SyncTrigger
{
    /// <summary>At the next scheduled job.</summary>
    Deferred = 1,

    /// <summary>An incremental job is queued (or joined) at once.</summary>
    Immediate,
}
