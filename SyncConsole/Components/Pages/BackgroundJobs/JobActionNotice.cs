using Radzen;
using SyncConsole.Jobs;

namespace SyncConsole.Components.Pages.BackgroundJobs;

/// <summary>What the page says after an action, with a link to the sync job concerned when there is one.</summary>
public sealed record JobActionNotice(AlertStyle Style, string Text, string? JobId, string? LinkText)
{
    public bool Succeeded => Style == AlertStyle.Success;

    /// <param name="result">How the action ended.</param>
    /// <param name="done">What to say when Quartz did it.</param>
    /// <param name="queued">What to say when a sync job was queued (the notice links to it).</param>
    /// <param name="notDone">How a refusal starts ("Not retried").</param>
    public static JobActionNotice From(JobAction result, string done, string queued, string notDone)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome switch
        {
            JobActionOutcome.Done => new(AlertStyle.Success, done, null, null),
            JobActionOutcome.SyncJobQueued => new(AlertStyle.Success, queued, result.JobId, "Open the sync job"),
            JobActionOutcome.NotFound or JobActionOutcome.Refused =>
                new(AlertStyle.Warning, $"{notDone}: {result.Reason}", result.JobId, "Open the sync job"),
        };
    }
}
