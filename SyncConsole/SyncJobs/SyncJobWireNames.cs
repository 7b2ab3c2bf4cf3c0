using SyncConsole.Core.Orchestration;

namespace SyncConsole.SyncJobs;

/// <summary>Job enums as shared/API.md spells them.</summary>
public static class SyncJobWireNames
{
    public static string ToWireName(this SyncJobType type) => type switch
    {
        SyncJobType.Full => "full",
        SyncJobType.Incremental => "incremental",
        SyncJobType.Entity => "entity",
        SyncJobType.Reconcile => "reconcile",
    };

    public static string ToWireName(this JobStatus status) => status switch
    {
        JobStatus.Queued => "queued",
        JobStatus.Running => "running",
        JobStatus.Succeeded => "succeeded",
        JobStatus.PartiallySucceeded => "partially_succeeded",
        JobStatus.Failed => "failed",
        JobStatus.Cancelled => "cancelled",
    };

    public static string ToWireName(this ResultAction action) => action switch
    {
        ResultAction.Created => "created",
        ResultAction.Updated => "updated",
        ResultAction.Deleted => "deleted",
        ResultAction.Skipped => "skipped",
        ResultAction.Conflict => "conflict",
        ResultAction.Failed => "failed",
    };

    public static string ToWireName(this ChangeDirection direction) => direction switch
    {
        ChangeDirection.Inbound => "inbound",
        ChangeDirection.Outbound => "outbound",
    };

    public static bool TryParseJobType(string? value, out SyncJobType type)
    {
        foreach (var candidate in Enum.GetValues<SyncJobType>())
        {
            if (candidate.ToWireName() == value)
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }

    public static SyncJobType ParseJobType(string value) =>
        TryParseJobType(value, out var type) ? type : throw new InvalidOperationException($"Unknown job type '{value}'.");

    public static bool IsFinished(string status) =>
        status is "succeeded" or "partially_succeeded" or "failed" or "cancelled";
}
