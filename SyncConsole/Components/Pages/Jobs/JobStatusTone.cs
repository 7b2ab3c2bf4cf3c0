using SyncConsole.Components.Shared;

namespace SyncConsole.Components.Pages.Jobs;

/// <summary>How a job status (a wire string) reads.</summary>
public static class JobStatusTone
{
    public static readonly IReadOnlyList<string> Statuses = ["queued", "running", "succeeded", "partially_succeeded", "failed", "cancelled"];

    public static readonly IReadOnlyList<string> JobTypes = ["full", "incremental", "entity"];

    public static readonly IReadOnlyList<string> Actions = ["created", "updated", "deleted", "skipped", "conflict", "failed"];

    public static StatusTone For(string status) => status switch
    {
        "succeeded" => StatusTone.Good,
        "partially_succeeded" => StatusTone.Warning,
        "failed" => StatusTone.Bad,
        "running" => StatusTone.Active,
        _ => StatusTone.Neutral,
    };
}
