using Quartz;
using SyncConsole.SyncJobs;

namespace SyncConsole.Jobs;

/// <summary>
/// One exact slice of the execution history that belongs to one connection: its sync job's runs, or runs of the
/// shared polling job fired by its triggers (one trigger, or all of them by the name prefix they share). A tenant's
/// history is the merge of its connections' slices, so it is paged without reading anyone else's runs.
/// </summary>
internal sealed record HistorySource(JobKey Job, TriggerKey? Trigger, string? TriggerContains)
{
    /// <summary>
    /// The slices of the connections' runs whose title contains <paramref name="text"/> (all when null). Polling
    /// triggers whose title matches are read one by one, unless all of them match: then by their shared prefix,
    /// <c>{connection}:</c> (connection ids are GUIDs, so no other connection's trigger contains it).
    /// </summary>
    public static IReadOnlyList<HistorySource> Of(IEnumerable<JobOwner> connections, string? text) =>
        [.. connections.SelectMany(connection => Of(connection, text))];

    private static IEnumerable<HistorySource> Of(JobOwner connection, string? text)
    {
        var sync = new JobKey(connection.ConnectionId, SyncJobService.QuartzGroup);
        if (Matches(JobOwners.Title(sync, null, connection), text))
        {
            yield return new HistorySource(sync, null, null);
        }

        var polls = PollingSchedules.TriggerKeysOf(connection.ConnectionId).ToList();
        var matching = polls.Where(t => Matches(JobOwners.Title(ScheduledPollJob.Key, t, connection), text)).ToList();
        var slices = matching.Count == polls.Count
            ? [new HistorySource(ScheduledPollJob.Key, null, $"{connection.ConnectionId}:")]
            : matching.Select(t => new HistorySource(ScheduledPollJob.Key, t, null));
        foreach (var slice in slices)
        {
            yield return slice;
        }
    }

    private static bool Matches(string title, string? text) =>
        text is null || title.Contains(text, StringComparison.OrdinalIgnoreCase);
}
